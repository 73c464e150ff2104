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
import java.util.Optional;
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

  /** The id of the municipality a message names, if any. */
  private static Optional<String> placeIn(String text) {
    return PLACES.findIn(text).map(p -> p.municipality().id());
  }

  /** The first 3,000 words of a list: the 10,000 of en, fr and nl name many cities. */
  private static List<String> ordinaryWords(String file) throws IOException {
    return ordinaryWords(file, 3000);
  }

  private static List<String> ordinaryWords(String file, int limit) throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/common-words/" + file),
        StandardCharsets.UTF_8).stream().limit(limit).toList()) {
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

  /**
   * After "in", "naar", "à" or "te" a word one letter away from a name reads as that name
   * misspelt ("in Schaerbek"), unless it is an everyday word: "hoe moet ik naar dienst
   * bevolking" was Diest. A word found here belongs in data/gazetteer/not-misspellings.txt.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en.txt", "fr.txt", "nl.txt", "darija.txt"})
  void readsNoOrdinaryWordAfterALocativeAsAMisspeltPlace(String file) throws IOException {
    List<String> taken = new ArrayList<>();
    for (String word : ordinaryWords(file, Integer.MAX_VALUE)) {
      if (PLACE_NAMES.contains(PlaceResolver.compact(placePart(word)))
          || Character.isUpperCase(word.charAt(0))) {
        continue; // "in Boom" is Boom; "à Monceau-Zolder" names a place too
      }
      for (String locative : List.of("in", "naar", "à", "te")) {
        String message = "we gaan " + locative + " " + word + " vandaag";
        PLACES.findMention(message, TextNormalizer.tokens(message), false)
            .ifPresent(m -> taken.add(word + " -> " + m.place().municipality().id()));
      }
    }
    assertThat(taken).isEmpty();
  }

  @Test
  void readsAnEverydayWordOfATwoWordMessageAsAWord() {
    assertThat(placeIn("ليلة سعيدة")).isEmpty();
    assertThat(placeIn("hoe moet ik naar dienst bevolking")).isEmpty();
    assertThat(placeIn("ik woon in Schaerbek")).contains("schaerbeek");
    assertThat(placeIn("ليلة")).contains("lille");
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
    assertThat(placeIn("I live in Schaerbek"))
        .contains("schaerbeek");
    assertThat(placeIn("cheers")).isEmpty();
    assertThat(placeIn("cheers mate, thanks a lot")).isEmpty();
    // The conversation just asked where the user lives.
    assertThat(PLACES.findMention("antwerpn", TextNormalizer.tokens("antwerpn"), true))
        .map(m -> m.place().municipality().id()).contains("antwerpen");
    assertThat(PLACES.findMention("antwerpn", TextNormalizer.tokens("antwerpn"), false))
        .isEmpty();
  }

  @Test
  void readsYearsOfAgeAsYearsAndStillFindsTheirPlaces() {
    assertThat(placeIn("j'ai 25 ans et j'habite à Molenbeek")).contains("molenbeek-saint-jean");
    assertThat(placeIn("Nous habitons à Molenbeek. Mes enfants ont 6 et 9 ans")).contains("molenbeek-saint-jean");
    assertThat(placeIn("mes enfants de 6 et 9 ans")).isEmpty();
    assertThat(placeIn("je vis à Ans depuis 2 ans"))
        .contains("ans");
    assertThat(placeIn("جيت لبلجيكا العام الماضي")).isEmpty();
    assertThat(placeIn("احنا ف جيت")).contains("jette");
  }

  /**
   * Found trying Dalil as a newcomer: "bghit nsjl f la commune dyal Jette" had no place ("jette"
   * is French for "throws"), so the reply gave the rules of Brussels and of Flanders.
   */
  @Test
  void readsAnEverydayWordAsAPlaceAfterAWordForTheMunicipality() {
    assertThat(placeIn("bghit nsjl f la commune dyal Jette")).contains("jette");
    assertThat(placeIn("comment m'inscrire à la commune de Jette")).contains("jette");
    assertThat(placeIn("ik moet naar de gemeente Boom")).contains("boom");
    assertThat(placeIn("registration commune forest")).contains("forest");
    assertThat(placeIn("municipality boom opening hours")).contains("boom");
    assertThat(placeIn("regstr comune anderlect")).contains("anderlecht");
    assertThat(placeIn("كيفاش نتسجل فالكوميون ديال جيت")).contains("jette");
    assertThat(placeIn("je jette mes vieux papiers")).isEmpty();
    assertThat(placeIn("de boom in de tuin van de gemeente is ziek")).isEmpty();
    assertThat(placeIn("the commune wants my rental contract")).isEmpty();
  }

  /**
   * Found trying Dalil as a newcomer: "ou est le cpas de forest" had no place, so the reply asked
   * where the person lives. The social assistance office, the town hall, announce a name as the
   * municipality does.
   */
  @Test
  void readsAnEverydayWordAsAPlaceAfterTheNameOfAMunicipalOffice() {
    assertThat(placeIn("ou est le cpas de forest")).contains("forest");
    assertThat(placeIn("waar is het ocmw van boom")).contains("boom");
    assertThat(placeIn("adresse de la maison communale de jette")).contains("jette");
    assertThat(placeIn("fin kayn l cpas dyal forest")).contains("forest");
    assertThat(placeIn("le cpas de ma commune m'a refusé l'aide")).isEmpty();
  }

  /**
   * Found trying Dalil as a newcomer: "travail jette" and "medecin generaliste forest" had no
   * place. A short request without a subject (two to four words, the first not a pronoun) that
   * ends on such a name names the place; a sentence with a subject or an article does not.
   */
  @Test
  void readsAnEverydayWordAsAPlaceAtTheEndOfAShortRequest() {
    assertThat(placeIn("travail jette")).contains("jette");
    assertThat(placeIn("medecin generaliste forest")).contains("forest");
    assertThat(placeIn("huisarts zoeken mol")).contains("mol");
    assertThat(placeIn("I love the forest")).isEmpty();
    assertThat(placeIn("je jette")).isEmpty();
    assertThat(placeIn("ik eet ham")).isEmpty();
    assertThat(placeIn("walk in the forest")).isEmpty();
    assertThat(placeIn("een grote boom")).isEmpty();
  }

  @Test
  void readsEverydayArabicWordsAsWordsAndAsPlacesAfterALocative() {
    assertThat(placeIn("مول الدار رفض يكريني حيت انا عربي")).isEmpty();
    assertThat(placeIn("أحتاج مساعدة بشكل فوري")).isEmpty();
    assertThat(placeIn("مراتي جات عندي هادي تلت شهور")).isEmpty();
    assertThat(placeIn("ساكن ف مول")).contains("mol");
    assertThat(placeIn("أسكن في فوري"))
        .contains("forest");
  }

  @Test
  void readsABreakdownAsABreakdownAndLaPanneAsThePlace() {
    // "en" is a locative ("en Flandre"), so "en panne" would otherwise be De Panne.
    assertThat(placeIn("mon chauffage est en panne depuis une semaine")).isEmpty();
    assertThat(placeIn("j'ai un jet lag terrible")).isEmpty();
    assertThat(placeIn("j'habite à La Panne"))
        .contains("de-panne");
    assertThat(placeIn("ik woon in De Panne"))
        .contains("de-panne");
  }

  @Test
  void correctsATypoOnlyWhenItsFirstLetterIsRight() {
    assertThat(placeIn("is it cold in belgium in winter")).isEmpty();
    assertThat(placeIn("herinner me eraan om mijn moeder te bellen")).isEmpty();
    assertThat(placeIn("biddi 2addem 3al jinsiye l baljikiye, shu l shourout?")).isEmpty();
    assertThat(placeIn("ik woon in Antwerpn"))
        .contains("antwerpen");
  }

  @Test
  void readsYearsAndAmountsAsNumbersAndPostcodesAsPlaces() {
    assertThat(placeIn("ik heb België in 2018 verlaten en kom terug")).isEmpty();
    assertThat(placeIn("chkon ghadi yrb7 l coupe du monde 2030")).isEmpty();
    assertThat(placeIn("j'ai vendu pour 2340 euros hier")).isEmpty();
    assertThat(placeIn("أحتاج مساعدة فورية")).isEmpty();
    for (String text : List.of("2018 Antwerpen", "antwerpen 2018", "code postal 2000", "2000",
        "ik woon in 2060")) {
      assertThat(placeIn(text)).as(text)
          .contains("antwerpen");
    }
    assertThat(placeIn("j'habite à 1030 depuis un mois"))
        .contains("schaerbeek");
    assertThat(placeIn("أسكن في فوريه"))
        .contains("forest");
  }

  @Test
  void prefersTheMostPrecisePlace() {
    assertThat(placeIn("je viens d'arriver a bruxelles avec ma famille et j'habite a"
        + " anderlecht, ou apprendre le francais"))
        .contains("anderlecht");
  }
}
