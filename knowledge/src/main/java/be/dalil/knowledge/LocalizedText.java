package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.EnumMap;
import java.util.Map;

/** A text in up to four languages. */
public record LocalizedText(Map<Language, String> texts) {

  public LocalizedText {
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    texts.forEach((language, text) -> {
      if (text != null && !text.isBlank()) {
        copy.put(language, text.strip());
      }
    });
    texts = Map.copyOf(copy);
  }

  public static LocalizedText empty() {
    return new LocalizedText(Map.of());
  }

  /** The text in that language, else English, else any; "" when there is none. */
  public String in(Language language) {
    String text = texts.get(language);
    if (text != null) {
      return text;
    }
    text = texts.get(Language.EN);
    if (text != null) {
      return text;
    }
    return texts.values().stream().findFirst().orElse("");
  }

  public boolean has(Language language) {
    return texts.containsKey(language);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }
}
