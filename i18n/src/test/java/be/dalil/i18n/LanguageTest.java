package be.dalil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void parsesCodesAndRegionalTags() {
    assertThat(Language.fromCode("ar")).contains(Language.AR);
    assertThat(Language.fromCode("fr-BE")).contains(Language.FR);
    assertThat(Language.fromCode("NL_be")).contains(Language.NL);
    assertThat(Language.fromCode("de")).isEmpty();
    assertThat(Language.fromCode("")).isEmpty();
  }

  @Test
  void onlyArabicIsRightToLeft() {
    assertThat(Language.AR.isRightToLeft()).isTrue();
    assertThat(Language.FR.isRightToLeft()).isFalse();
  }
}
