package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.InMemoryConversationStore;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.knowledge.GeoPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays recorded conversations (the multi-turn scripts in {@code transcripts/conversations.txt}
 * and every dev-set line as a one-message conversation) and compares what the engine answers
 * with {@code transcripts/golden.txt}: a change of behaviour shows as a diff. After an intended
 * change, re-record with {@code mvn -pl bot-core test -Dtest=TranscriptTest -Dtranscripts.update}
 * and read the diff before committing it.
 */
class TranscriptTest {

  private static final Path RESOURCES = Path.of("src/test/resources");
  private static final Path GOLDEN = RESOURCES.resolve("transcripts/golden.txt");
  private static final Path ACTUAL = Path.of("target/transcripts/actual.txt");

  @Test
  void answersAsRecorded() throws IOException {
    String actual = record();
    Files.createDirectories(ACTUAL.getParent());
    Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
    if (System.getProperty("transcripts.update") != null) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    // Compare line by line so that a failure names the first difference, not two huge strings.
    List<String> expectedLines = golden.lines().toList();
    List<String> actualLines = actual.lines().toList();
    for (int i = 0; i < Math.min(expectedLines.size(), actualLines.size()); i++) {
      assertThat(actualLines.get(i)).as("line %d of %s (full output in %s)", i + 1, GOLDEN, ACTUAL)
          .isEqualTo(expectedLines.get(i));
    }
    assertThat(actualLines).hasSameSizeAs(expectedLines);
  }

  private static String record() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    Assistant assistant = Assistant.create(TestKnowledge.get(),
        new InMemoryConversationStore(Duration.ofDays(30), clock), clock, 3);
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (List<String> conversation : conversations()) {
      ConversationId id = new ConversationId("t" + (++number));
      out.append("## conversation ").append(number).append('\n');
      Optional<Language> hint = Optional.empty();
      Optional<Language> client = Optional.empty();
      for (String line : conversation) {
        if (line.startsWith("@hint ")) {
          hint = Language.fromCode(line.substring(6));
          continue;
        }
        if (line.startsWith("@client ")) {
          client = Language.fromCode(line.substring(8));
          continue;
        }
        Incoming incoming;
        if (line.startsWith("@payload ")) {
          incoming = Incoming.payload(id, Payload.parse(line.substring(9)));
        } else if (line.startsWith("@location ")) {
          String[] parts = line.substring(10).split(" ");
          incoming = new Incoming(id, "", Optional.empty(), Optional.empty(),
              Optional.of(new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]))),
              Optional.empty());
        } else {
          incoming = Incoming.text(id, line);
        }
        if (hint.isPresent()) {
          incoming = incoming.withLanguageHint(hint.get());
        }
        if (client.isPresent()) {
          incoming = incoming.withClientLanguage(client.get());
        }
        out.append("> ").append(line).append('\n');
        render(assistant.handle(incoming), out);
      }
    }
    return out.toString();
  }

  // The confidence is left out: its last digits differ between trainings on different machines
  // (multi-threaded optimisation), and what it decides shows in the intent and the reply.
  private static void render(Reply reply, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "  lang=%s intent=%s topic=%s place=%s%n",
        reply.language().code(), reply.intent().id(),
        reply.topic().map(t -> t.id()).orElse("-"),
        reply.place().map(p -> p.municipality().id() + (p.exact() ? "*" : "")).orElse("-")));
    for (ReplyPart part : reply.parts()) {
      if (part instanceof ReplyPart.Text t) {
        out.append("  T ").append(digest(t.text())).append(' ').append(head(t.text())).append('\n');
      } else if (part instanceof ReplyPart.RequestLocation r) {
        out.append("  L ").append(digest(r.text())).append(' ').append(head(r.text())).append('\n');
      } else if (part instanceof ReplyPart.Actors a) {
        out.append("  A");
        a.actors().forEach(m -> out.append(' ').append(m.actor().id()).append('@')
            .append(m.distanceKm().map(d -> String.format(Locale.ROOT, "%.1f", d)).orElse("-"))
            .append(m.approximate() ? "~" : ""));
        out.append('\n');
      } else if (part instanceof ReplyPart.QuickReplies q) {
        out.append("  Q");
        q.options().forEach(o -> out.append(' ').append(o.payload()).append('=')
            .append(digest(o.label()), 0, 4));
        out.append('\n');
      }
    }
  }

  private static List<List<String>> conversations() throws IOException {
    List<List<String>> all = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(RESOURCES.resolve("transcripts/conversations.txt"))) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          all.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      current.add(line.strip());
    }
    if (!current.isEmpty()) {
      all.add(current);
    }
    try (Stream<Path> files = Files.list(RESOURCES.resolve("nlu-dev"))) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
          String[] cols = line.split("\t", -1);
          if (cols.length == 3 && !cols[2].isBlank()) {
            all.add(List.of(cols[2].strip()));
          }
        }
      }
    }
    return all;
  }

  private static String head(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 48 ? flat : flat.substring(0, 48) + "…";
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
