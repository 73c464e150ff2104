package be.dalil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsCaseAndRemovesLatinAccents() {
    assertThat(TextNormalizer.normalize("Où apprendre le NÉERLANDAIS à Schaerbeek ?"))
        .isEqualTo("ou apprendre le neerlandais a schaerbeek");
    assertThat(TextNormalizer.normalize("Inschrijving België")).isEqualTo("inschrijving belgie");
  }

  @Test
  void appliesNfkcToCompatibilityCharacters() {
    // Full-width letters and the "ﬁ" ligature from phone keyboards and PDFs.
    assertThat(TextNormalizer.normalize("ＳＡＬＡＭ ﬁnd")).isEqualTo("salam find");
  }

  @Test
  void removesArabicTashkeelAndTatweel() {
    assertThat(TextNormalizer.normalize("مَرْحَبًا")).isEqualTo(TextNormalizer.normalize("مرحبا"));
    assertThat(TextNormalizer.normalize("الســــكن")).isEqualTo("السكن");
  }

  @Test
  void unifiesArabicAlefHamzaYaAndTaMarbuta() {
    assertThat(TextNormalizer.normalize("أين")).isEqualTo(TextNormalizer.normalize("اين"));
    assertThat(TextNormalizer.normalize("إقامة")).isEqualTo(TextNormalizer.normalize("اقامه"));
    assertThat(TextNormalizer.normalize("مستشفى")).isEqualTo(TextNormalizer.normalize("مستشفي"));
    assertThat(TextNormalizer.normalize("مسؤول")).isEqualTo(TextNormalizer.normalize("مسوول"));
  }

  @Test
  void readsEasternArabicDigitsAsAsciiDigits() {
    assertThat(TextNormalizer.normalize("١٠٣٠")).isEqualTo("1030");
    assertThat(TextNormalizer.normalize("۱۰۳۰")).isEqualTo("1030");
  }

  @Test
  void shortensEmphaticLetterRuns() {
    assertThat(TextNormalizer.normalize("salaaaam")).isEqualTo("salam");
    assertThat(TextNormalizer.normalize("merciiii")).isEqualTo("merci");
    // Double letters are spelling, not emphasis.
    assertThat(TextNormalizer.normalize("taal")).isEqualTo("taal");
  }

  @Test
  void readsArabiziDigitsAsLetters() {
    assertThat(TextNormalizer.tokens("bghit n9ra lholandia")).containsExactly("bghit", "nqra",
        "lholandia");
    assertThat(TextNormalizer.tokens("wach 3andi l7a9")).containsExactly("wach", "aandi", "lhaq");
    assertThat(TextNormalizer.decodeArabizi("5dma")).isEqualTo("khdma");
  }

  @Test
  void keepsNumbersThatAreNotArabizi() {
    assertThat(TextNormalizer.tokens("ana f 1030")).containsExactly("ana", "f", "1030");
  }

  @Test
  void tokenisesWithWordBoundariesNotWhitespace() {
    assertThat(TextNormalizer.tokens("Hello,how are you?!")).containsExactly("hello", "how",
        "are", "you");
    assertThat(TextNormalizer.tokens("l'école")).containsExactly("lecole");
    assertThat(TextNormalizer.tokens("أين أسجل؟")).containsExactly("اين", "اسجل");
  }

  @Test
  void writesElidedFrenchWordsApartButNotAnApostropheInsideAWord() {
    assertThat(TextNormalizer.withElisionsApart("Où est l'OCMW d’Anderlecht, qu'il m'a dit"))
        .isEqualTo("Où est l OCMW d Anderlecht, qu il m a dit");
    assertThat(TextNormalizer.withElisionsApart("aujourd'hui I don't know, auto's, 's nachts"))
        .isEqualTo("aujourd'hui I don't know, auto's, 's nachts");
    assertThat(TextNormalizer.hasElision("kifach ndir l'assurance")).isTrue();
    assertThat(TextNormalizer.hasElision("I don't know, 's avonds")).isFalse();
  }

  @Test
  void findsTheDominantScript() {
    assertThat(TextNormalizer.dominantScript("أريد rendez-vous في la commune"))
        .isEqualTo(UScript.ARABIC);
    assertThat(TextNormalizer.dominantScript("kifach nsjel f la commune"))
        .isEqualTo(UScript.LATIN);
    assertThat(TextNormalizer.dominantScript("1030 ?")).isEqualTo(UScript.COMMON);
  }

  @Test
  void transliteratesArabicScriptToLatin() {
    assertThat(TextNormalizer.toLatinAscii("غنت")).matches("[a-z]+");
    assertThat(TextNormalizer.toLatinAscii("Molenbeek-Saint-Jean")).isEqualTo("molenbeek saint jean");
  }

  @Test
  void givesTheSameSkeletonAcrossScriptsAndSpellings() {
    assertThat(TextNormalizer.skeleton("Schaerbeek")).isEqualTo(TextNormalizer.skeleton("skarbek"));
    assertThat(TextNormalizer.skeleton("سكاربيك")).isEqualTo(TextNormalizer.skeleton("Schaerbeek"));
    assertThat(TextNormalizer.skeleton("غنت")).isEqualTo(TextNormalizer.skeleton("Gent"));
    assertThat(TextNormalizer.skeleton("Gent")).isNotEqualTo(TextNormalizer.skeleton("Genk"));
  }

  @Test
  void mapsEveryAsciiCharacterAsTheUnicodePathDoes() {
    for (int cp = 0; cp < 0x80; cp++) {
      assertThat(TextNormalizer.mapCodePoint(cp)).as("U+%04X", cp)
          .isEqualTo(TextNormalizer.mapAnyCodePoint(cp));
    }
  }
}
