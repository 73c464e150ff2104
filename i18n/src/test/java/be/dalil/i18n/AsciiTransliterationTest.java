package be.dalil.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** toLatinAscii skips ICU's transliterator for ASCII text: that must change nothing. */
class AsciiTransliterationTest {

  @Property(tries = 3000)
  void asciiTextIsWhatTheTransliteratorWouldHaveMadeOfIt(
      @ForAll @CharRange(from = ' ', to = '~') @StringLength(max = 40) String text) {
    String normalized = TextNormalizer.normalize(text);
    Assume.that(normalized.chars().allMatch(c -> c < 0x80));

    assertThat(TextNormalizer.transliterated(normalized)).isEqualTo(normalized);
  }
}
