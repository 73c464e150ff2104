package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.Fixtures;
import be.dalil.i18n.TextNormalizer;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmergencyKindsTest {

  private static final EmergencyKinds KINDS = EmergencyKinds.load();

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("messages")
  void readsTheKindOfEmergencyInEveryLanguageAndSpelling(String kinds, String message) {
    List<EmergencyKind> expected = kinds.equals("-") ? List.of()
        : Arrays.stream(kinds.split(",")).map(k -> EmergencyKind.valueOf(k.toUpperCase()))
            .toList();

    assertThat(KINDS.in(TextNormalizer.tokens(message))).isEqualTo(expected);
  }

  static List<Arguments> messages() throws IOException {
    return Fixtures.tsv("emergencies/kinds.tsv").stream()
        .map(row -> Arguments.of(row.get(0), row.get(1))).toList();
  }
}
