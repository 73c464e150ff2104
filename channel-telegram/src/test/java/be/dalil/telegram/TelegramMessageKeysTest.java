package be.dalil.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.Assistant;
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

/** Every message key the Telegram channel uses exists in all four languages of its bundle. */
class TelegramMessageKeysTest {

  private static final Path SOURCES = Path.of("src/main/java/be/dalil/telegram");
  private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[a-z][A-Za-z]*)+)\"");

  @Test
  void everyKeyUsedInCodeIsInEveryLanguage() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    // Strings of that shape that are not message keys: the properties prefix and metric names.
    used.removeIf(key -> key.startsWith("dalil."));
    assertThat(used).contains("command.help", "card.website", "error.unreadable");
    Messages telegram = new Messages(TelegramChannelConfiguration.MESSAGES);
    Messages dialog = new Messages(Assistant.MESSAGES);
    for (Language language : Language.values()) {
      for (String key : used) {
        assertThat(telegram.has(language, key) || dialog.has(language, key))
            .as("%s in %s", key, language.code()).isTrue();
      }
    }
  }
}
