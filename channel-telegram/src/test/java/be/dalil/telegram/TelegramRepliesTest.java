package be.dalil.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.LocalizedText;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.Scope;
import be.dalil.knowledge.ServiceArea;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;

class TelegramRepliesTest {

  private final TelegramReplies replies = new TelegramReplies();

  private static Actor actor(String name, String website) {
    return actor(name, LocalizedText.empty(), website);
  }

  private static Actor actor(String name, LocalizedText names, String website) {
    return new Actor("test-actor", name, names,
        new LocalizedText(Map.of(Language.EN, "Dutch <b>courses</b> & more", Language.AR,
            "دروس في الهولندية")),
        List.of(Topic.LEARN_DUTCH), "language", "Antwerp", "Antwerpen", "2000",
        "Sudermanstraat 5, 2000 Antwerpen", Optional.of(new GeoPoint(51.2, 4.4)), website,
        "info@example.org", "+32 3 220 89 00", "", new Actor.Accessibility(List.of(), "", ""),
        "", List.of("nl"), Scope.LOCAL, "003", 2020, Set.of(),
        ServiceArea.of(new ServiceArea.InRegion(Region.FLANDERS)), List.of());
  }

  private static Reply reply(Language language, ReplyPart... parts) {
    return new Reply(new ConversationId("tg-test"), language, Topic.LEARN_DUTCH,
        Optional.of(Topic.LEARN_DUTCH), 0.9,
        Optional.empty(), List.of(parts), List.of());
  }

  @Test
  void rendersCardsInEscapedHtml() {
    Reply reply = reply(Language.EN, new ReplyPart.Text("1 < 2 & \"quotes\""),
        new ReplyPart.Actors(List.of(new ActorMatch(
            actor("A&B <Taal>", "https://example.org/?a=1&b=\"x\""), Optional.of(2.44),
            false))));
    List<SendMessage> messages = replies.render(42, reply);
    assertThat(messages).hasSize(1);
    String html = messages.get(0).getText();
    assertThat(html).contains("1 &lt; 2 &amp; \"quotes\"")
        .contains("<b>A&amp;B &lt;Taal&gt;</b>")
        .contains("Dutch &lt;b&gt;courses&lt;/b&gt; &amp; more")
        .contains("<a href=\"https://example.org/?a=1&amp;b=&quot;x&quot;\">")
        .contains("+32 3 220 89 00")
        .contains("2.4 km");
    assertThat(messages.get(0).getParseMode()).isEqualToIgnoringCase("html");
    assertThat(messages.get(0).getChatId()).isEqualTo("42");
  }

  @Test
  void namesAnActorInTheReadersLanguageWhereItHasSuchAName() {
    Actor emergency = actor("112 - European emergency number",
        new LocalizedText(Map.of(Language.AR, "112 - رقم الطوارئ الأوروبي")), "");
    ReplyPart.Actors card = new ReplyPart.Actors(List.of(
        new ActorMatch(emergency, Optional.empty(), false)));
    assertThat(replies.render(7, reply(Language.AR, card)).get(0).getText())
        .contains("<b>112 - رقم الطوارئ الأوروبي</b>");
    assertThat(replies.render(7, reply(Language.FR, card)).get(0).getText())
        .contains("<b>112 - European emergency number</b>");
  }

  @Test
  void turnsQuickRepliesIntoAnInlineKeyboardOnTheLastMessage() {
    Reply reply = reply(Language.FR, new ReplyPart.Text("Bonjour"),
        new ReplyPart.QuickReplies(List.of(new ReplyPart.QuickReply("Logement", "topic:housing"),
            new ReplyPart.QuickReply("Santé", "topic:healthcare"),
            new ReplyPart.QuickReply("Travail", "topic:find_job"))));
    List<SendMessage> messages = replies.render(7, reply);
    assertThat(messages).hasSize(1);
    InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) messages.get(0).getReplyMarkup();
    assertThat(keyboard.getKeyboard()).hasSize(2);
    assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("topic:housing");
    assertThat(keyboard.getKeyboard().get(1).get(0).getText()).isEqualTo("Travail");
  }

  @Test
  void asksForTheLocationWithAKeyboardButtonInTheUsersLanguage() {
    Reply reply = reply(Language.AR, new ReplyPart.Text("جواب"),
        new ReplyPart.RequestLocation("أين تسكن؟"));
    List<SendMessage> messages = replies.render(7, reply);
    assertThat(messages).hasSize(2);
    ReplyKeyboardMarkup keyboard = (ReplyKeyboardMarkup) messages.get(1).getReplyMarkup();
    assertThat(keyboard.getKeyboard().get(0).get(0).getRequestLocation()).isTrue();
    assertThat(keyboard.getKeyboard().get(0).get(0).getText())
        .isEqualTo(new Messages(TelegramChannelConfiguration.MESSAGES)
            .format(Language.AR, "button.shareLocation"));
  }

  @Test
  void splitsLongRepliesAtParagraphsUnder4096Characters() {
    String paragraph = "x".repeat(1500);
    List<String> chunks = TelegramReplies.split(String.join("\n\n", paragraph, paragraph,
        paragraph, paragraph));
    assertThat(chunks).hasSize(2).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(4096));
    assertThat(String.join("\n\n", chunks)).hasSize(4 * 1500 + 3 * 2);
    List<String> oneHugeParagraph = TelegramReplies.split("word ".repeat(2000));
    assertThat(oneHugeParagraph).hasSizeGreaterThan(2)
        .allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(4096));
  }

  @Test
  void neverCutsAnHtmlEntityInHalf() {
    String text = "a".repeat(4094) + "&amp;" + "b".repeat(10);
    List<String> chunks = TelegramReplies.split(text);
    assertThat(chunks.get(0)).doesNotEndWith("&").doesNotEndWith("&a");
    assertThat(String.join("", chunks)).isEqualTo(text);
  }

  @Test
  void derivesAConversationIdThatHidesTheChatId() {
    ChatIds ids = new ChatIds("secret");
    assertThat(ids.conversationOf(123456789L).value()).startsWith("tg-")
        .doesNotContain("123456789").hasSize(35);
    assertThat(ids.conversationOf(123456789L)).isEqualTo(ids.conversationOf(123456789L));
    assertThat(ids.conversationOf(123456789L)).isNotEqualTo(new ChatIds("other")
        .conversationOf(123456789L));
  }

  @Test
  void readsTheApiUrlOfAnyBotApiServer() {
    assertThat(TelegramChannelConfiguration.telegramUrl("https://api.telegram.org").getPort())
        .isEqualTo(443);
    var local = TelegramChannelConfiguration.telegramUrl("http://127.0.0.1:8081/");
    assertThat(local.getSchema()).isEqualTo("http");
    assertThat(local.getHost()).isEqualTo("127.0.0.1");
    assertThat(local.getPort()).isEqualTo(8081);
  }

  @Test
  void hasEveryTelegramTextInEveryLanguage() {
    Messages messages = new Messages(TelegramChannelConfiguration.MESSAGES);
    for (Language language : Language.values()) {
      assertThat(messages.keys(language)).as(language.code())
          .containsExactlyInAnyOrderElementsOf(messages.keys(Language.EN));
    }
  }

  @Test
  void setsEmergencyNumbersAsTappableCode() {
    List<SendMessage> out = replies.render(42, reply(Language.EN, new ReplyPart.Text(
        "Call 112 for an ambulance. Poison centre: 070 245 245. GP on duty: 1733. Postcode 1030.")));
    String text = out.get(0).getText();
    assertThat(text).contains("<code>112</code>", "<code>070 245 245</code>", "<code>1733</code>")
        .doesNotContain("<code>1030</code>");
  }

  @Test
  void linksEveryCardToAMapAndLabelsUncheckedAndPaidOnes() {
    Actor office = new Actor("town-hall-gent", "Gent - Burgerzaken", LocalizedText.empty(),
        LocalizedText.empty(),
        List.of(Topic.REGISTER_MUNICIPALITY), "public_service", "East Flanders", "Gent", "", "",
        Optional.empty(), "", "", "", "", new Actor.Accessibility(List.of(), "", ""), "",
        List.of("nl"), Scope.LOCAL, "gazetteer", 0,
        Set.of(Actor.MUNICIPAL_OFFICE, Actor.CONTACT_UNVERIFIED, "commercial"),
        ServiceArea.of(new ServiceArea.InMunicipality("gent")), List.of());
    String card = replies.render(42, reply(Language.FR, new ReplyPart.Actors(List.of(
        new ActorMatch(office, Optional.of(0.4), true))))).get(0).getText();
    assertThat(card).contains("https://www.openstreetmap.org/search?query=")
        .contains("Service payant").contains("Coordonnées pas encore vérifiées");
  }
}
