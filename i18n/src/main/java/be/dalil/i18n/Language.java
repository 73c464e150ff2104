package be.dalil.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/** The four languages Dalil speaks. */
public enum Language {
  AR("ar", "ar@numbers=latn", true),
  EN("en", "en", false),
  FR("fr", "fr-BE", false),
  NL("nl", "nl-BE", false);

  private final String code;
  private final ULocale locale;
  private final boolean rightToLeft;

  Language(String code, String locale, boolean rightToLeft) {
    this.code = code;
    // Arabic with Western digits: Moroccan users read them natively, Syrian users easily,
    // and phone numbers and postcodes stay as they are printed in Belgium.
    this.locale = new ULocale(locale);
    this.rightToLeft = rightToLeft;
  }

  /** ISO 639-1 code, as used in the API. */
  public String code() {
    return code;
  }

  public ULocale locale() {
    return locale;
  }

  public Locale javaLocale() {
    return locale.toLocale();
  }

  public boolean isRightToLeft() {
    return rightToLeft;
  }

  /** Parses an ISO 639-1 code or a BCP 47 tag such as {@code fr-BE}; empty when not one of ours. */
  public static Optional<Language> fromCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    for (Language language : values()) {
      if (language.code.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * Exactly one of our two-letter codes, in any case ("ar", "EN"), and nothing longer: for API
   * parameters and link codes, where "fr-BE" or " en" is a mistake to report.
   */
  public static Optional<Language> fromStrictCode(String code) {
    return code != null && code.length() == 2 ? fromCode(code) : Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
