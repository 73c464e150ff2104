package be.dalil.bot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.dalil.i18n.Language;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartLinkTest {

  @Test
  void roundTripsLanguagePlaceAndTopic() {
    StartLink link = new StartLink(Language.AR, Optional.of("sint-jans-molenbeek"),
        Optional.of(Topic.LEARN_DUTCH));
    assertThat(link.code()).isEqualTo("ar-learn_dutch-sint-jans-molenbeek");
    assertThat(StartLink.parse(link.code())).contains(link);
  }

  @Test
  void fitsATelegramStartParameter() {
    StartLink longest = new StartLink(Language.NL, Optional.of("berendrecht-zandvliet-lillo"),
        Optional.of(Topic.REGISTER_MUNICIPALITY));
    assertThat(longest.code()).matches("[A-Za-z0-9_-]{1,64}");
  }

  @Test
  void allowsLinksWithoutPlaceOrTopic() {
    assertThat(StartLink.parse("fr-0-0")).contains(
        new StartLink(Language.FR, Optional.empty(), Optional.empty()));
    assertThat(StartLink.parse("nl-housing-0")).contains(
        new StartLink(Language.NL, Optional.empty(), Optional.of(Topic.HOUSING)));
  }

  @Test
  void ignoresCodesThatAreNotLinks() {
    assertThat(StartLink.parse("de-0-0")).isEmpty();
    assertThat(StartLink.parse("ar-astrology-gent")).isEmpty();
    assertThat(StartLink.parse("ar learn")).isEmpty();
  }

  @Test
  void parsesEveryPayloadKindAndRejectsOthers() {
    assertThat(Payload.parse("topic:housing")).isEqualTo(new Payload.ShowTopic(Topic.HOUSING));
    assertThat(Payload.parse("lang:ar")).isEqualTo(new Payload.SwitchLanguage(Language.AR));
    assertThat(Payload.parse("place:gent")).isEqualTo(new Payload.ChoosePlace("gent"));
    assertThat(Payload.parse("menu")).isEqualTo(new Payload.Menu());
    assertThat(Payload.parse("start:fr-0-gent")).isInstanceOf(Payload.Start.class);
    assertThatThrownBy(() -> Payload.parse("topic:nope"))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> Payload.parse("rm -rf"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
