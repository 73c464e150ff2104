package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code lang} parameter of the knowledge search API, as {@link KnowledgeController#language} reads it. */
class KnowledgeLanguageParameterTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t", "  \n"})
  void defaultsToEnglishWhenNoLanguageIsGiven(String lang) {
    assertThat(KnowledgeController.language(lang)).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @CsvSource({"ar, AR", "en, EN", "fr, FR", "nl, NL", "AR, AR", "Nl, NL"})
  void acceptsEachOfOurTwoLetterCodes(String lang, Language expected) {
    assertThat(KnowledgeController.language(lang)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "de", "fr-BE", "nl_BE", " en", "en ", "eng", "e", "arabic", "12"})
  void rejectsAnythingButExactlyOneOfOurTwoLetterCodes(String lang) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> KnowledgeController.language(lang));

    assertThat(e).as(lang).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_LANGUAGE);
    assertThat(e.getMessage()).contains("ar, en, fr, nl");
  }
}
