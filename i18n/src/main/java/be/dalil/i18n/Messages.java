package be.dalil.i18n;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.MeasureUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localized texts of one resource bundle in the four languages, formatted with ICU
 * {@link MessageFormat} so that plural rules (Arabic has six forms) and numbers follow the locale.
 * Bundles are UTF-8 {@code .properties} files named {@code <baseName>_<lang>.properties}.
 */
public final class Messages {

  private final String baseName;
  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
  private final Map<Language, Map<String, Compiled>> compiled = new EnumMap<>(Language.class);
  private final Map<Language, LocalizedNumberFormatter> kilometres = new EnumMap<>(Language.class);

  public Messages(String baseName) {
    this(baseName, Messages.class.getClassLoader());
  }

  public Messages(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    for (Language language : Language.values()) {
      compiled.put(language, new ConcurrentHashMap<>());
      bundles.put(language, ResourceBundle.getBundle(baseName, language.javaLocale(),
          loader, ResourceBundle.Control.getNoFallbackControl(
              ResourceBundle.Control.FORMAT_PROPERTIES)));
      kilometres.put(language, NumberFormatter.withLocale(language.locale())
          .unit(MeasureUnit.KILOMETER)
          .unitWidth(NumberFormatter.UnitWidth.SHORT)
          .precision(Precision.maxFraction(1)));
    }
  }

  /** Formats the message {@code key} with named arguments; fails loudly on a missing key. */
  public String format(Language language, String key, Map<String, ?> args) {
    Compiled message = compiled.get(language).computeIfAbsent(key,
        k -> Compiled.of(new MessageFormat(pattern(language, k), language.locale())));
    if (message.constant().isPresent()) {
      return message.constant().get();
    }
    synchronized (message.format()) { // ICU MessageFormat is not thread-safe
      return message.format().format(args);
    }
  }

  /**
   * A message ready to format; a message without arguments formatted once, since nothing can
   * change its text (most of a reply's sentences: no lock, no formatting at every reply).
   */
  private record Compiled(MessageFormat format, Optional<String> constant) {
    static Compiled of(MessageFormat format) {
      return new Compiled(format, format.getArgumentNames().isEmpty()
          ? Optional.of(format.format(Map.of())) : Optional.empty());
    }
  }

  public String format(Language language, String key) {
    return format(language, key, Map.of());
  }

  /** The raw pattern; throws {@link MissingResourceException} when a bundle lacks the key. */
  public String pattern(Language language, String key) {
    return bundles.get(language).getString(key);
  }

  public boolean has(Language language, String key) {
    return bundles.get(language).containsKey(key);
  }

  public Set<String> keys(Language language) {
    return bundles.get(language).keySet();
  }

  /** A distance such as "2.4 km", "2,4 km" or "2.4 كم". */
  public String kilometres(Language language, double km) {
    return kilometres.get(language).format(km).toString();
  }

  public String baseName() {
    return baseName;
  }
}
