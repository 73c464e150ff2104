package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Messages a new user sent that Dalil once got wrong, over the chat API: long forum questions,
 * requests meant for other assistants, small talk, an urgent need in Darija, false places and the
 * language of markup.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnderstandingExamplesIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.requests-per-minute-per-client", () -> "5000");
  }

  @LocalServerPort
  int port;

  private JsonNode say(String text) {
    return new ApiClient(port).post("/api/v1/messages", ApiClient.message(
        "ex-" + UUID.randomUUID().toString().substring(0, 8), text)).json();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "I am an Australian currently holding an orange card in Belgium and I need to leave Belgium to attend a wedding, can I travel and come back with it?|residence_permit",
      "Can we travel outside Belgium but within EU Zone using Annex 15 which the commune gives us?|residence_permit",
      "How I can appeal to the refusal? They told me I have to go to the council for alien law litigation|legal_help",
      "I'm having trouble understanding the creche system|education_children",
      "I'll be graduating with an MBBS next year and want to work as a doctor in Belgium, how do I get my degree recognised?|diploma_recognition",
      "set an alarm for 7 tomorrow|out_of_scope",
      "has flight DL123 left|out_of_scope",
      "send Jack a text|out_of_scope",
      "it was nice talking to you|goodbye",
      "i appreciate it|thanks",
      "regards|goodbye",
      "tell me what you can do for me|help",
      "cheers|thanks",
  })
  void understandsWhatTheMessageIsAbout(String text, String intent) {
    assertThat(say(text).get("intent").asText()).isEqualTo(intent);
  }

  @Test
  void answersAnUrgentNeedInDarijaWithTheEmergencyNumbersFirst() {
    JsonNode reply = say("salam khouya ana f molenbeek w mrati mrida bzaf dabaa chno ndir");
    assertThat(reply.get("intent").asText()).isEqualTo("emergency");
    // A sick wife: 112 if her life may be in danger, else 1733 for the GP on duty, before any
    // other number, and their cards first.
    String first = reply.at("/replies/0/text").asText();
    assertThat(first).containsPattern("^[^0-9]*112[^0-9]+1733");
    assertThat(reply.at("/actors/0/phone").asText()).isEqualTo("112");
    assertThat(reply.at("/actors/1/phone").asText()).isEqualTo("1733");
  }

  /** Seen trying the product: the residence card is background, the question is work. */
  @Test
  void readsTheQuestionAfterTheBackgroundInDarija() {
    assertThat(say("3ndi lkarta o bghit n9leb 3la khedma").get("intent").asText())
        .isEqualTo("find_job");
    JsonNode longer = say("salam, ana jit mn lmghrib chhar hadi o sakn f molenbeek, bghit nkhdem"
        + " walakin ma3rftch fin nbda, chi 7ad y3awnni?");
    assertThat(longer.get("intent").asText()).isEqualTo("find_job");
    assertThat(longer.at("/place/municipality").asText()).isEqualTo("Molenbeek-Saint-Jean");
  }

  @Test
  void takesNoOrdinaryWordForAPlace() {
    assertThat(say("cheers").get("place").isNull()).isTrue();
  }

  @Test
  void keepsTheMostPrecisePlace() {
    JsonNode reply = say("je viens d'arriver a bruxelles avec ma famille et j'habite a anderlecht,"
        + " ou est-ce que je peux apprendre le francais ?");
    assertThat(reply.at("/place/municipalityId").asText()).isEqualTo("anderlecht");
  }

  @Test
  void keepsThePagesLanguageForMarkup() {
    String body = "{\"conversationId\": \"ex-markup-1\", \"text\": \"<script>alert(1)</script>\"}";
    JsonNode reply = new ApiClient(port).postWithHeader("/api/v1/messages", body,
        "Accept-Language", "en-GB,en;q=0.9").json();
    assertThat(reply.get("language").asText()).isEqualTo("en");
  }
}
