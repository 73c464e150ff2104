package be.dalil.bot.dialog;

import be.dalil.i18n.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a message asks Dalil to delete what it keeps ("forget me", "supprimez mes données",
 * "احذف بياناتي"), from the phrases in {@code dialog/forget-requests.txt}.
 */
final class ForgetRequests {

  private static final String RESOURCE = "/dialog/forget-requests.txt";
  /** The command typed as text where no channel turns it into a payload (the HTTP API). */
  private static final String COMMAND = "forget";

  private final List<String> phrases;

  private ForgetRequests(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  static ForgetRequests load() {
    try (InputStream in = ForgetRequests.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> phrases = new ArrayList<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String phrase = TextNormalizer.normalize(line).strip();
        if (!line.isBlank() && !line.startsWith("#")) {
          if (phrase.indexOf(' ') < 0) {
            throw new IllegalStateException(RESOURCE + ": one word is not a phrase: " + line);
          }
          phrases.add(" " + phrase + " ");
        }
      }
      return new ForgetRequests(phrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean asksToForget(String text) {
    String normalized = TextNormalizer.normalize(text).strip();
    if (normalized.equals(COMMAND)) {
      return true;
    }
    String padded = " " + normalized + " ";
    for (String phrase : phrases) {
      if (padded.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
