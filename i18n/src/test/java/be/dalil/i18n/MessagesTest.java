package be.dalil.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private final Messages messages = new Messages("messagestest.fixture");

  @Test
  void aMessageWithoutArgumentsReadsAsItsPatternWithApostrophesResolved() {
    assertThat(messages.format(Language.EN, "plain")).isEqualTo("Take your passport with you.");
    assertThat(messages.format(Language.FR, "quoted"))
        .isEqualTo("Inscrivez-vous à l'école ou d'abord à la commune.");
  }

  @Test
  void aMessageWithoutArgumentsIgnoresArgumentsGivenToIt() {
    assertThat(messages.format(Language.EN, "plain", Map.of("place", "Gent")))
        .isEqualTo("Take your passport with you.");
  }

  @Test
  void aMessageWithArgumentsIsFormattedAtEveryCall() {
    assertThat(messages.format(Language.EN, "near", Map.of("count", 1, "place", "Gent")))
        .isEqualTo("Here are 1 organisation near Gent:");
    assertThat(messages.format(Language.EN, "near", Map.of("count", 3, "place", "Ixelles")))
        .isEqualTo("Here are 3 organisations near Ixelles:");
  }

  @Test
  void aMissingKeyFailsLoudly() {
    assertThatThrownBy(() -> messages.format(Language.NL, "absent"))
        .isInstanceOf(MissingResourceException.class);
  }
}
