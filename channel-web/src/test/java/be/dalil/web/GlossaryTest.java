package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The French texts use one term per concept, as {@code docs/glossary.md} says: the terms it marks
 * "not" appear in no French bundle of the dialog, the web pages or Telegram.
 */
class GlossaryTest {

  private static final Path ROOT = Path.of("..");
  private static final List<Path> FRENCH = List.of(
      ROOT.resolve("bot-core/src/main/resources/i18n/dialog_fr.properties"),
      ROOT.resolve("channel-web/src/main/resources/i18n/web_fr.properties"),
      ROOT.resolve("channel-telegram/src/main/resources/i18n/telegram_fr.properties"));
  /** "(not: sujet)" in the glossary's French column. */
  private static final Pattern AVOIDED = Pattern.compile("\\(not: ([^),]+)[),]");

  static List<String> avoidedFrenchTerms() throws IOException {
    return Files.readAllLines(ROOT.resolve("docs/glossary.md"), StandardCharsets.UTF_8).stream()
        .filter(line -> line.startsWith("| ") && line.split("\\|").length > 4)
        .map(line -> line.split("\\|")[3])
        .flatMap(cell -> {
          Matcher m = AVOIDED.matcher(cell);
          return m.find() ? java.util.stream.Stream.of(m.group(1).trim()) : java.util.stream.Stream.empty();
        })
        .toList();
  }

  /**
   * Dutch says "je kunt" / "kun je" for "you can" everywhere; "je kan" is correct only where
   * "je" is the object ("die je kan helpen"), never at a sentence's start as its subject.
   */
  @Test
  void dutchTextsSayJeKuntForYouCan() throws IOException {
    Pattern subjectJeKan = Pattern.compile("(^|[.!?:=\\n\"]\\s*)Je kan\\b",
        Pattern.MULTILINE);
    for (Path texts : List.of(
        ROOT.resolve("bot-core/src/main/resources/i18n/dialog_nl.properties"),
        ROOT.resolve("channel-web/src/main/resources/i18n/web_nl.properties"),
        ROOT.resolve("channel-telegram/src/main/resources/i18n/telegram_nl.properties"),
        ROOT.resolve("knowledge/src/main/resources/data/answers.json"))) {
      Matcher m = subjectJeKan.matcher(Files.readString(texts, StandardCharsets.UTF_8));
      assertThat(m.find()).as(texts.getFileName() + ": " + (m.hitEnd() ? "" : m.group()))
          .isFalse();
    }
    assertThat(subjectJeKan.matcher("Je kan ook je gemeente typen.").find()).isTrue();
    assertThat(subjectJeKan.matcher("een organisatie die je kan helpen").find()).isFalse();
  }

  /** The French answers too, where "primo-arrivants" may appear only in the Brussels path's name. */
  @Test
  void frenchAnswersAvoidTheSynonymsTheGlossaryRulesOut() throws IOException {
    com.fasterxml.jackson.databind.JsonNode answers = new com.fasterxml.jackson.databind
        .ObjectMapper().readTree(ROOT.resolve("knowledge/src/main/resources/data/answers.json")
        .toFile());
    StringBuilder french = new StringBuilder();
    answers.findParents("fr").forEach(texts -> french.append(texts.path("fr").asText())
        .append('\n'));
    String text = french.toString().toLowerCase(Locale.ROOT)
        .replace("parcours d'accueil pour primo-arrivants", "");
    assertThat(text).contains("nouveaux arrivants");
    for (String term : avoidedFrenchTerms()) {
      assertThat(text).as("answers.json (fr) uses '" + term + "'")
          .doesNotContain(term.toLowerCase(Locale.ROOT).substring(0, term.length() - 1));
    }
  }

  @Test
  void frenchBundlesAvoidTheSynonymsTheGlossaryRulesOut() throws IOException {
    List<String> avoided = avoidedFrenchTerms();
    assertThat(avoided).contains("sujet", "accompagnateur", "supprimer", "primo-arrivant");
    for (Path bundle : FRENCH) {
      String text = Files.readString(bundle, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      for (String term : avoided) {
        assertThat(text).as(bundle.getFileName() + " uses '" + term + "'")
            .doesNotContain(term.toLowerCase(Locale.ROOT).substring(0, term.length() - 1));
      }
    }
  }
}
