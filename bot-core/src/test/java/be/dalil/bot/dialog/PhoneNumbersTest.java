package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  @Test
  void comparesNumbersAsTextsWriteThemAndAsCardsCarryThem() {
    assertThat(PhoneNumbers.in("Call the poison centre: 070 245 245, free."))
        .isEqualTo(PhoneNumbers.in("+32 70 24 52 45"));
    assertThat(PhoneNumbers.in("0800 30 030")).isEqualTo(PhoneNumbers.in("+32 800 30 030"));
    assertThat(PhoneNumbers.in("Child Focus: 116 000")).containsExactly("116000");
  }

  @Test
  void findsEveryNumberOfATextInOrder() {
    assertThat(PhoneNumbers.in("Call 112 now. Not life-threatening? Call 1733, the GP on duty."))
        .containsExactly("112", "1733");
    assertThat(PhoneNumbers.in("اتصل بالرقم 101 (الشرطة) أو 112، مجانًا"))
        .containsExactly("101", "112");
  }
}
