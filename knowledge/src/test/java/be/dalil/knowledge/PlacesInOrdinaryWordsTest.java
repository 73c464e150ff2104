package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No ordinary word is taken for a place ("cheers" is not Heers), and every municipality name and
 * spelling still is. Word lists: the most common words of each language (common-words/README.md).
 */
class PlacesInOrdinaryWordsTest {

  private static final PlaceResolver PLACES = PlaceResolver.shipped();
  private static final Set<String> PLACE_NAMES = placeNames();

  private static Set<String> placeNames() {
    Set<String> names = new HashSet<>();
    for (Municipality m : PLACES.municipalities()) {
      m.names().texts().values().forEach(n -> names.add(PlaceResolver.compact(n)));
      m.aliases().forEach(a -> names.add(PlaceResolver.compact(a)));
      names.add(PlaceResolver.compact(m.id()));
    }
    return names;
  }

  /** Everyday words that are first of all places: people who write them mean the place. */
  private static final Set<String> PLACES_FIRST = Set.of("bruxelles", "anvers", "gand",
      "charleroi", "namur");

  private static List<String> ordinaryWords(String file) throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/common-words/" + file),
        StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (!word.isEmpty() && !PLACES_FIRST.contains(PlaceResolver.compact(placePart(word)))) {
        words.add(word);
      }
    }
    return words;
  }

  /** "d'Anvers" names Anvers. */
  private static String placePart(String word) {
    return word.replaceFirst("^[dD]['\u2019]", "");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en.txt", "fr.txt", "nl.txt", "ar.txt", "darija.txt"})
  void findsNoPlaceInOrdinaryWords(String file) throws IOException {
    List<String> words = ordinaryWords(file);
    assertThat(words).hasSizeGreaterThan(file.equals("darija.txt") ? 100 : 2000);
    List<String> taken = new ArrayList<>();
    for (String word : words) {
      List<String> messages = new ArrayList<>(List.of("well " + word + " okay today"));
      // A word that is also a place's name (Boom, Geel, "ans") is that place when it is the
      // whole message; inside a sentence it needs a word such as "in" or "à" before it.
      if (!PLACE_NAMES.contains(PlaceResolver.compact(placePart(word)))) {
        messages.add(word);
        messages.add(word.substring(0, 1).toUpperCase() + word.substring(1));
      }
      for (String message : messages) {
        PLACES.findIn(message)
            .ifPresent(p -> taken.add(message + " -> " + p.municipality().id()));
      }
    }
    assertThat(taken).isEmpty();
  }

  @Test
  void stillFindsEveryMunicipalityByEachOfItsNamesAndSpellings() {
    List<String> missed = new ArrayList<>();
    for (Municipality m : PLACES.municipalities()) {
      List<String> names = new ArrayList<>(m.names().texts().values());
      names.addAll(m.aliases());
      for (String name : names) {
        if (PLACES.resolve(name).isEmpty()) {
          missed.add(name + " (resolve)");
        }
        String message = "I live in " + name + " since last week";
        if (PLACES.findMention(message, TextNormalizer.tokens(message), false).isEmpty()) {
          missed.add(name + " (in a message)");
        }
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void readsAMisspeltPlaceWhereOneIsExpected() {
    assertThat(PLACES.findIn("I live in Schaerbek")).map(p -> p.municipality().id())
        .contains("schaerbeek");
    assertThat(PLACES.findIn("cheers")).isEmpty();
    assertThat(PLACES.findIn("cheers mate, thanks a lot")).isEmpty();
    // The conversation just asked where the user lives.
    assertThat(PLACES.findMention("antwerpn", TextNormalizer.tokens("antwerpn"), true))
        .map(m -> m.place().municipality().id()).contains("antwerpen");
    assertThat(PLACES.findMention("antwerpn", TextNormalizer.tokens("antwerpn"), false))
        .isEmpty();
  }

  @Test
  void readsYearsOfAgeAsYearsAndStillFindsTheirPlaces() {
    assertThat(PLACES.findIn("j'ai 25 ans et j'habite à Molenbeek"))
        .map(p -> p.municipality().id()).contains("molenbeek-saint-jean");
    assertThat(PLACES.findIn("Nous habitons à Molenbeek. Mes enfants ont 6 et 9 ans"))
        .map(p -> p.municipality().id()).contains("molenbeek-saint-jean");
    assertThat(PLACES.findIn("mes enfants de 6 et 9 ans")).isEmpty();
    assertThat(PLACES.findIn("je vis à Ans depuis 2 ans")).map(p -> p.municipality().id())
        .contains("ans");
    assertThat(PLACES.findIn("جيت لبلجيكا العام الماضي")).isEmpty();
    assertThat(PLACES.findIn("احنا ف جيت")).map(p -> p.municipality().id()).contains("jette");
  }

  @Test
  void readsEverydayArabicWordsAsWordsAndAsPlacesAfterALocative() {
    assertThat(PLACES.findIn("مول الدار رفض يكريني حيت انا عربي")).isEmpty();
    assertThat(PLACES.findIn("أحتاج مساعدة بشكل فوري")).isEmpty();
    assertThat(PLACES.findIn("مراتي جات عندي هادي تلت شهور")).isEmpty();
    assertThat(PLACES.findIn("ساكن ف مول")).map(p -> p.municipality().id()).contains("mol");
    assertThat(PLACES.findIn("أسكن في فوري")).map(p -> p.municipality().id())
        .contains("forest");
  }

  @Test
  void readsABreakdownAsABreakdownAndLaPanneAsThePlace() {
    // "en" is a locative ("en Flandre"), so "en panne" would otherwise be De Panne.
    assertThat(PLACES.findIn("mon chauffage est en panne depuis une semaine")).isEmpty();
    assertThat(PLACES.findIn("j'ai un jet lag terrible")).isEmpty();
    assertThat(PLACES.findIn("j'habite à La Panne")).map(p -> p.municipality().id())
        .contains("de-panne");
    assertThat(PLACES.findIn("ik woon in De Panne")).map(p -> p.municipality().id())
        .contains("de-panne");
  }

  @Test
  void correctsATypoOnlyWhenItsFirstLetterIsRight() {
    assertThat(PLACES.findIn("is it cold in belgium in winter")).isEmpty();
    assertThat(PLACES.findIn("herinner me eraan om mijn moeder te bellen")).isEmpty();
    assertThat(PLACES.findIn("biddi 2addem 3al jinsiye l baljikiye, shu l shourout?")).isEmpty();
    assertThat(PLACES.findIn("ik woon in Antwerpn")).map(p -> p.municipality().id())
        .contains("antwerpen");
  }

  @Test
  void readsYearsAndAmountsAsNumbersAndPostcodesAsPlaces() {
    assertThat(PLACES.findIn("ik heb België in 2018 verlaten en kom terug")).isEmpty();
    assertThat(PLACES.findIn("chkon ghadi yrb7 l coupe du monde 2030")).isEmpty();
    assertThat(PLACES.findIn("j'ai vendu pour 2340 euros hier")).isEmpty();
    assertThat(PLACES.findIn("أحتاج مساعدة فورية")).isEmpty();
    for (String text : List.of("2018 Antwerpen", "antwerpen 2018", "code postal 2000", "2000",
        "ik woon in 2060")) {
      assertThat(PLACES.findIn(text)).as(text).map(p -> p.municipality().id())
          .contains("antwerpen");
    }
    assertThat(PLACES.findIn("j'habite à 1030 depuis un mois")).map(p -> p.municipality().id())
        .contains("schaerbeek");
    assertThat(PLACES.findIn("أسكن في فوريه")).map(p -> p.municipality().id())
        .contains("forest");
  }

  @Test
  void prefersTheMostPrecisePlace() {
    assertThat(PLACES.findIn("je viens d'arriver a bruxelles avec ma famille et j'habite a"
        + " anderlecht, ou apprendre le francais")).map(p -> p.municipality().id())
        .contains("anderlecht");
  }
}
