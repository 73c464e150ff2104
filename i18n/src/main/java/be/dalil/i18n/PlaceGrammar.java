package be.dalil.i18n;

import java.util.Locale;

/**
 * Place names inside sentences, where a language's grammar changes them. French elides and
 * contracts "de": "près d'Anvers", "près de Gand", "près du Coq" (Le Coq, De Haan).
 */
public final class PlaceGrammar {

  private PlaceGrammar() {}

  /** French "de" + the name: d'Anvers, d'Ixelles, de Gand, du Coq, des Mottes, de La Panne. */
  public static String frenchDe(String name) {
    if (name.startsWith("Le ")) {
      return "du " + name.substring(3);
    }
    if (name.startsWith("Les ")) {
      return "des " + name.substring(4);
    }
    String first = TextNormalizer.normalize(name.isEmpty() ? "" : name.substring(0, 1));
    // Place names starting with h are aspirated in Belgian usage ("de Hasselt", "de Hal").
    return "aeiouy".contains(first.toLowerCase(Locale.ROOT)) && !first.isEmpty()
        ? "d'" + name : "de " + name;
  }
}
