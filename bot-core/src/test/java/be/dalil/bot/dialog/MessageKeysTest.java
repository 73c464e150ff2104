package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the dialog's code uses exists in all four bundles: a key typed wrong or added
 * in one language only fails here, not in front of a user.
 */
class MessageKeysTest {

  private static final Path DIALOG = Path.of("src/main/java/be/dalil/bot/dialog");
  /** A string literal shaped like a key: "start.welcome", "actors.intro.noPlace". */
  private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)+)\"");

  @Test
  void everyKeyUsedInTheDialogIsInEveryBundle() throws IOException {
    Set<String> used = keysUsedIn(DIALOG);
    assertThat(used).as("keys found in the dialog's code").hasSizeGreaterThan(20)
        .contains("start.welcome", "forget.done", "place.ask", "actors.intro.nearby");
    Messages messages = new Messages(Dialog.MESSAGES);
    for (Language language : Language.values()) {
      assertThat(messages.keys(language)).as(language.code()).containsAll(used);
    }
  }

  static Set<String> keysUsedIn(Path directory) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }
}
