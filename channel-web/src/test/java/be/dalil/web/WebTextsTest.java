package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web pages' texts exist in all four languages, and every key the pages use exists. */
class WebTextsTest {

  private final Messages messages = new Messages(UiTextsController.BUNDLE);

  @Test
  void hasEveryKeyInEveryLanguage() {
    for (Language language : Language.values()) {
      assertThat(messages.keys(language)).as(language.code())
          .containsExactlyInAnyOrderElementsOf(messages.keys(Language.EN));
      for (String key : messages.keys(language)) {
        assertThat(messages.pattern(language, key)).as(language + " " + key).isNotBlank();
      }
    }
  }

  @Test
  void definesEveryKeyThePagesUse() throws IOException {
    Set<String> used = new HashSet<>();
    Pattern call = Pattern.compile("\\bt\\('([a-zA-Z.]+)'");
    Pattern attribute = Pattern.compile("data-i18n(?:-[a-z]+)?=\"([a-zA-Z.]+)\"");
    for (String file : new String[] {"app.js", "counsellor.js", "index.html",
        "counsellor.html"}) {
      String source = Files.readString(Path.of("src/main/resources/static", file));
      for (Pattern pattern : new Pattern[] {call, attribute}) {
        Matcher m = pattern.matcher(source);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(messages.keys(Language.EN)).containsAll(used);
  }
}
