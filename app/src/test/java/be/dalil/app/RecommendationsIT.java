package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a newcomer asks first, in each language, in two Flemish towns and two Brussels
 * communes, over the chat API: the first card is their own office or the right region's
 * reference service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationsIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.messages-per-minute", () -> "1000");
    registry.add("dalil.web.requests-per-minute-per-client", () -> "5000");
  }

  @LocalServerPort
  int port;

  private static final Map<String, Map<String, String>> PLACES = Map.of(
      "antwerpen", Map.of("en", "Antwerp", "fr", "Anvers", "nl", "Antwerpen", "ar", "أنتويرب"),
      "roeselare", Map.of("en", "Roeselare", "fr", "Roulers", "nl", "Roeselare", "ar", "روسلاره"),
      "schaerbeek", Map.of("en", "Schaerbeek", "fr", "Schaerbeek", "nl", "Schaarbeek",
          "ar", "سكاربيك"),
      "ixelles", Map.of("en", "Ixelles", "fr", "Ixelles", "nl", "Elsene", "ar", "إكسل"));

  private static final Map<String, Map<String, String>> QUESTIONS = Map.of(
      "register_municipality", Map.of(
          "en", "how do I register at the town hall in %s",
          "fr", "comment m'inscrire à la commune à %s",
          "nl", "hoe schrijf ik me in bij de gemeente in %s",
          "ar", "كيف أسجل في البلدية في %s"),
      "social_welfare", Map.of(
          "en", "I need financial help from the social welfare centre in %s",
          "fr", "j'ai besoin d'une aide financière du CPAS à %s",
          "nl", "ik heb financiële hulp nodig van het OCMW in %s",
          "ar", "أحتاج إلى مساعدة مالية من مركز المساعدة الاجتماعية في %s"),
      "find_job", Map.of(
          "en", "I am looking for a job in %s",
          "fr", "je cherche du travail à %s",
          "nl", "ik zoek werk in %s",
          "ar", "أبحث عن عمل في %s"),
      "health_insurance", Map.of(
          "en", "how do I get health insurance in %s",
          "fr", "comment m'affilier à une mutuelle à %s",
          "nl", "hoe word ik lid van een ziekenfonds in %s",
          "ar", "كيف أشترك في التأمين الصحي في %s"),
      "transport", Map.of(
          "en", "how does public transport work in %s",
          "fr", "comment fonctionnent les transports en commun à %s",
          "nl", "hoe werkt het openbaar vervoer in %s",
          "ar", "كيف تعمل المواصلات العامة في %s"));

  private static final Set<String> HEALTH_FUNDS = Set.of("caami-hziv",
      "cm-christelijke-mutualiteit", "mc-mutualite-chretienne", "solidaris", "helan",
      "partenamut", "liberale-mutualiteit-mutualite-liberale",
      "neutrale-ziekenfondsen-mutualites-neutres");

  static Stream<Arguments> questions() {
    List<Arguments> all = new ArrayList<>();
    for (String topic : QUESTIONS.keySet().stream().sorted().toList()) {
      for (String place : PLACES.keySet().stream().sorted().toList()) {
        for (String lang : List.of("ar", "en", "fr", "nl")) {
          all.add(Arguments.of(topic, place, lang,
              QUESTIONS.get(topic).get(lang).formatted(PLACES.get(place).get(lang))));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} in {1} ({2})")
  @MethodSource("questions")
  void showsTheOwnOfficeOrTheRegionsReferenceServiceFirst(String topic, String place,
      String lang, String text) {
    ApiClient api = new ApiClient(port);
    JsonNode body = api.post("/api/v1/messages", ApiClient.message(
        "rec-" + UUID.randomUUID().toString().substring(0, 8), text)).json();
    assertThat(body.get("intent").asText()).as(text).isEqualTo(topic);
    assertThat(body.get("language").asText()).as(text).isEqualTo(lang);
    assertThat(body.at("/place/municipalityId").asText()).isEqualTo(place);
    String first = body.at("/actors/0/id").asText();
    boolean brussels = place.equals("schaerbeek") || place.equals("ixelles");
    switch (topic) {
      case "register_municipality" -> assertThat(first).isEqualTo("town-hall-" + place);
      case "social_welfare" -> assertThat(first).isEqualTo("social-welfare-" + place);
      case "find_job" -> assertThat(first).isEqualTo(brussels ? "actiris" : "vdab");
      case "health_insurance" -> assertThat(first).isIn(HEALTH_FUNDS);
      case "transport" -> assertThat(first).isEqualTo(brussels ? "stib-mivb" : "de-lijn");
      default -> throw new IllegalArgumentException(topic);
    }
  }
}
