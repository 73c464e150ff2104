package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The versioned data files: complete, valid, and faithful to the seed documents. */
class ShippedDataTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ACTORS = Path.of("src/main/resources/data/actors");
  private static final Path SEEDS = Path.of("../docs/seeds");
  private static SeedData data;
  private static ActorRecordReader.Batch batch;

  @BeforeAll
  static void load() {
    data = SeedData.load(JSON);
    batch = new ActorRecordReader(PlaceResolver.shipped()).read(data.actors);
  }

  @Test
  void listsEveryActorFileForLoading() throws IOException {
    try (Stream<Path> files = Files.list(ACTORS)) {
      List<String> json = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).sorted().toList();
      assertThat(SeedData.actorFiles()).containsExactlyInAnyOrderElementsOf(json);
    }
  }

  @Test
  void hasEveryOrganisationOfTheMappingAsAValidRecord() {
    long fromMapping = batch.actors().stream()
        .filter(a -> a.actor().source().startsWith("003_")).count();
    assertThat(fromMapping).isGreaterThanOrEqualTo(150);
    assertThat(batch.actors().stream().filter(a -> a.actor().source().startsWith("000_")))
        .isNotEmpty();
    assertThat(batch.actors()).allSatisfy(a -> {
      for (Language language : Language.values()) {
        assertThat(a.actor().description().has(language))
            .as(a.actor().id() + " description in " + language).isTrue();
      }
    });
  }

  @Test
  void placesEveryLocalActorOnTheMap() {
    assertThat(batch.actors())
        .filteredOn(a -> a.actor().scope() == Scope.LOCAL)
        .allSatisfy(a -> assertThat(a.actor().location()).as(a.actor().id()).isPresent());
  }

  @Test
  void recommendsAtLeastOneActorForEveryPracticalTopic() {
    Map<Topic, Integer> counts = new EnumMap<>(Topic.class);
    batch.actors().forEach(a -> a.actor().topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
    assertThat(Topic.practicalTopics()).allSatisfy(t ->
        assertThat(counts.getOrDefault(t, 0)).as(t.id()).isPositive());
  }

  @Test
  void answersEveryPracticalTopicInFourLanguages() {
    List<TopicTexts> answers = AnswerFile.read(data.answers);
    assertThat(answers).hasSize(Topic.values().length);
    TopicTexts emergency = answers.stream().filter(t -> t.topic() == Topic.EMERGENCY)
        .findFirst().orElseThrow();
    for (Language language : Language.values()) {
      assertThat(emergency.answer().has(language)).as("emergency " + language).isTrue();
      assertThat(emergency.answer().in(language))
          .as("emergency " + language).contains("112").contains("101");
    }
    TopicTexts register = answers.stream()
        .filter(t -> t.topic() == Topic.REGISTER_MUNICIPALITY).findFirst().orElseThrow();
    for (Language language : Language.values()) {
      assertThat(register.answer().in(language)).as("8-day rule " + language).contains("8");
    }
  }

  /**
   * Never an invented contact: every email, website host and phone number of a seed-derived
   * actor appears in its seed document (ignoring the line breaks of the PDF extraction), unless a
   * correction is documented in contact-corrections.tsv.
   */
  /**
   * Found trying Dalil as a newcomer: "mes enfants ont faim, j'habite à Molenbeek" got the CPAS
   * of Molenbeek as its first card with no way to reach it. Thirteen of the nineteen Brussels
   * CPAS had none; their own or their commune's pages (tools/offices/manual-sources.tsv) gave
   * nine of them one, Koekelberg's local social-coordination platform a tenth.
   */
  @Test
  void givesTheCpasOfMostBrusselsCommunesAWayToReachIt() {
    List<String> unreachable = batch.actors().stream().map(a -> a.actor())
        .filter(a -> a.id().startsWith("social-welfare-") && a.province().equals("Brussels"))
        .filter(a -> a.website().isEmpty() && a.phone().isEmpty() && a.email().isEmpty()
            && a.address().isEmpty())
        .map(Actor::id).sorted().toList();
    assertThat(unreachable).containsExactly("social-welfare-etterbeek",
        "social-welfare-watermael-boitsfort", "social-welfare-woluwe-saint-pierre");
  }

  @Test
  void takesEveryContactDetailFromTheSeedText() throws IOException {
    Set<String> corrected = new HashSet<>();
    for (String line : Files.readAllLines(ACTORS.resolve("contact-corrections.tsv"))) {
      String[] cols = line.split("\t");
      if (cols.length >= 3 && !cols[0].equals("id")) {
        corrected.add(cols[0] + '|' + cols[1] + '|' + cols[2]);
      }
    }
    Map<String, String> squashed = new HashMap<>();
    Map<String, String> digits = new HashMap<>();
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.toList()) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        squashed.put(seed.getFileName().toString(),
            text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
        digits.put(seed.getFileName().toString(), text.replaceAll("\\D", ""));
      }
    }
    for (JsonNode a : data.actors) {
      String source = a.path("source").asText();
      if (!squashed.containsKey(source)) {
        continue;
      }
      String id = a.path("id").asText();
      String email = a.path("email").asText();
      if (!email.isEmpty() && !corrected.contains(id + "|email|" + email)) {
        assertThat(squashed.get(source)).as(id + " email").contains(email.toLowerCase(Locale.ROOT));
      }
      String website = a.path("website").asText();
      if (!website.isEmpty() && !corrected.contains(id + "|website|" + website)) {
        String host = website.replaceFirst("^https?://", "").split("/")[0]
            .toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        assertThat(squashed.get(source)).as(id + " website").contains(host);
      }
      String phone = a.path("phone").asText().replaceAll("\\D", "");
      if (!phone.isEmpty()) {
        String national = phone.startsWith("32") ? "0" + phone.substring(2) : phone;
        assertThat(digits.get(source).contains(national) || digits.get(source).contains(phone))
            .as(id + " phone " + phone).isTrue();
      }
    }
  }
}
