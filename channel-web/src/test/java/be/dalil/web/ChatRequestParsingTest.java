package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.StartLink;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.Topic;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body of {@code POST /api/v1/messages} ({@code docs/chat-api.md}) as
 * {@link ChatController#parse} reads it, and the Accept-Language first guess, without Spring.
 */
class ChatRequestParsingTest {

  /** Single quotes keep the JSON fixtures readable inside Java strings. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private static final String ID = "c-8f2a";

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Bad fixture: " + text, e);
    }
  }

  /** A valid body with a conversation id and nothing else; tests add the fields they need. */
  static ObjectNode body() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("conversationId", ID);
    return body;
  }

  /** A body with text and one more field given as a JSON fragment. */
  static ObjectNode bodyWith(String field, String jsonValue) {
    ObjectNode body = body();
    body.set(field, json(jsonValue));
    return body;
  }

  static Incoming parse(JsonNode body) {
    return ChatMessageServlet.parse(body, Optional.empty());
  }

  static ErrorCode rejection(JsonNode body) {
    return rejection(body, Optional.empty());
  }

  static ErrorCode rejection(JsonNode body, Optional<String> acceptLanguage) {
    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
        () -> ChatMessageServlet.parse(body, acceptLanguage));
    assertThat(e).as("parse(%s) should be rejected", body).isNotNull();
    assertThat(e.getMessage()).as("a message safe to show").isNotBlank();
    return e.code();
  }

  @Nested
  class AcceptedShapes {

    @Test
    void acceptsTextOnly() {
      Incoming incoming = parse(json("{'conversationId': 'c-8f2a', 'text': 'Where can I learn Dutch?'}"));

      assertThat(incoming.conversationId().value()).isEqualTo(ID);
      assertThat(incoming.text()).isEqualTo("Where can I learn Dutch?");
      assertThat(incoming.languageHint()).isEmpty();
      assertThat(incoming.clientLanguage()).isEmpty();
      assertThat(incoming.location()).isEmpty();
      assertThat(incoming.payload()).isEmpty();
    }

    @Test
    void keepsTheTextExactlyAsSent() {
      String text = "  أين أتعلم الهولندية؟\nmerci ";
      ObjectNode body = body().put("text", text);

      assertThat(parse(body).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"ar, AR", "en, EN", "fr, FR", "nl, NL"})
    void acceptsTextWithALanguageHint(String code, Language expected) {
      ObjectNode body = body().put("text", "hello").put("language", code);

      Incoming incoming = parse(body);

      assertThat(incoming.languageHint()).contains(expected);
      assertThat(incoming.clientLanguage()).isEmpty();
      assertThat(incoming.text()).isEqualTo("hello");
    }

    @ParameterizedTest
    @CsvSource({"AR, AR", "En, EN", "fR, FR", "NL, NL"})
    void acceptsALanguageHintInAnyCase(String code, Language expected) {
      assertThat(parse(body().put("text", "hello").put("language", code)).languageHint())
          .contains(expected);
    }

    @Test
    void acceptsALocationWithoutText() {
      Incoming incoming = parse(json(
          "{'conversationId': 'c-8f2a', 'location': {'lat': 50.867, 'lon': 4.377}}"));

      assertThat(incoming.location()).contains(new GeoPoint(50.867, 4.377));
      assertThat(incoming.text()).isEmpty();
      assertThat(incoming.payload()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'lat': 51, 'lon': 4}                          | 51.0    | 4.0",
        "{'lat': 90, 'lon': 180}                        | 90.0    | 180.0",
        "{'lat': -90, 'lon': -180}                      | -90.0   | -180.0",
        "{'lat': 0, 'lon': 0}                           | 0.0     | 0.0",
        "{'lon': 3.7174, 'lat': 51.0543, 'accuracy': 12} | 51.0543 | 3.7174",
    })
    void acceptsIntegerAndBoundaryCoordinates(String location, double lat, double lon) {
      assertThat(parse(bodyWith("location", location)).location())
          .contains(new GeoPoint(lat, lon));
    }

    static Stream<Arguments> payloads() {
      return Stream.of(
          Arguments.of("topic:learn_dutch", new Payload.ShowTopic(Topic.LEARN_DUTCH)),
          Arguments.of("topic:find_actor_nearby", new Payload.ShowTopic(Topic.FIND_ACTOR_NEARBY)),
          Arguments.of("lang:ar", new Payload.SwitchLanguage(Language.AR)),
          Arguments.of("lang:nl", new Payload.SwitchLanguage(Language.NL)),
          Arguments.of("place:schaerbeek", new Payload.ChoosePlace("schaerbeek")),
          Arguments.of("place:sint-jans-molenbeek", new Payload.ChoosePlace("sint-jans-molenbeek")),
          Arguments.of("menu", new Payload.Menu()),
          Arguments.of("languages", new Payload.Languages()),
          Arguments.of("forget", new Payload.Forget()),
          Arguments.of("start:ar-learn_dutch-schaerbeek", new Payload.Start(new StartLink(
              Language.AR, Optional.of("schaerbeek"), Optional.of(Topic.LEARN_DUTCH)))),
          Arguments.of("start:fr-0-gent", new Payload.Start(new StartLink(
              Language.FR, Optional.of("gent"), Optional.empty()))),
          Arguments.of("start:nl-housing-0", new Payload.Start(new StartLink(
              Language.NL, Optional.empty(), Optional.of(Topic.HOUSING)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void acceptsEachPayloadKindWithoutText(String payload, Payload expected) {
      Incoming incoming = parse(body().put("payload", payload));

      assertThat(incoming.payload()).contains(expected);
      assertThat(incoming.payload().orElseThrow().encode()).isEqualTo(payload);
      assertThat(incoming.text()).isEmpty();
      assertThat(incoming.location()).isEmpty();
    }

    @Test
    void acceptsTextLocationPayloadAndLanguageTogether() {
      Incoming incoming = ChatMessageServlet.parse(json("""
          {'conversationId': 'c-8f2a', 'text': 'Waar kan ik Nederlands leren?', 'language': 'nl',
           'location': {'lat': 51.2194, 'lon': 4.4025}, 'payload': 'topic:learn_dutch'}
          """), Optional.of("ar"));

      assertThat(incoming.text()).isEqualTo("Waar kan ik Nederlands leren?");
      assertThat(incoming.languageHint()).contains(Language.NL);
      assertThat(incoming.clientLanguage()).contains(Language.AR);
      assertThat(incoming.location()).contains(new GeoPoint(51.2194, 4.4025));
      assertThat(incoming.payload()).contains(new Payload.ShowTopic(Topic.LEARN_DUTCH));
    }

    @Test
    void treatsJsonNullFieldsAsAbsent() {
      Incoming incoming = parse(json("""
          {'conversationId': 'c-8f2a', 'text': 'hi', 'language': null, 'location': null,
           'payload': null}
          """));

      assertThat(incoming.text()).isEqualTo("hi");
      assertThat(incoming.languageHint()).isEmpty();
      assertThat(incoming.location()).isEmpty();
      assertThat(incoming.payload()).isEmpty();
    }

    @Test
    void acceptsANullTextWhenAPayloadIsGiven() {
      Incoming incoming = parse(json("{'conversationId': 'c-8f2a', 'text': null, 'payload': 'menu'}"));

      assertThat(incoming.text()).isEmpty();
      assertThat(incoming.payload()).contains(new Payload.Menu());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
      Incoming incoming = parse(json("{'conversationId': 'c-8f2a', 'text': 'hi', 'extra': [1, 2]}"));

      assertThat(incoming.text()).isEqualTo("hi");
    }

    @Test
    void acceptsTextOfExactlyTheMaximumLength() {
      String text = "a".repeat(Incoming.MAX_TEXT);

      assertThat(parse(body().put("text", text)).text()).hasSize(Incoming.MAX_TEXT);
    }

    @Test
    void countsTheTextLimitInCharactersNotUtf16Units() {
      String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
      String text = emoji.repeat(Incoming.MAX_TEXT);

      assertThat(parse(body().put("text", text)).text()).isEqualTo(text);
      assertThat(rejection(body().put("text", text + emoji))).isEqualTo(ErrorCode.TEXT_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "7", "_", "-", "c-8f2a", "ABC_def-123",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsAConversationIdOfOneTo64AllowedCharacters(String id) {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("conversationId", id)
          .put("text", "hello");

      assertThat(parse(body).conversationId().value()).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl-BE,nl;q=0.9,en;q=0.8 | NL",
        "de-DE,fr;q=0.5          | FR",
        "ar                      | AR",
        "en-US,en;q=0.9          | EN",
    })
    void takesTheAcceptLanguageHeaderAsAFirstGuessOnly(String header, Language expected) {
      Incoming incoming = ChatMessageServlet.parse(body().put("text", "hello"), Optional.of(header));

      assertThat(incoming.clientLanguage()).contains(expected);
      assertThat(incoming.languageHint()).isEmpty();
    }

    @Test
    void keepsTheLanguageHintAndTheAcceptLanguageGuessApart() {
      Incoming incoming = ChatMessageServlet.parse(
          body().put("text", "hello").put("language", "fr"), Optional.of("nl-BE,nl;q=0.9"));

      assertThat(incoming.languageHint()).contains(Language.FR);
      assertThat(incoming.clientLanguage()).contains(Language.NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "*", "", "de-DE,es;q=0.8", ";", ",", ";;,;", " ; q=1", ",,;"})
    void acceptsAnAcceptLanguageHeaderWithNoneOfOurLanguages(String header) {
      Incoming incoming = ChatMessageServlet.parse(body().put("text", "hello"), Optional.of(header));

      assertThat(incoming.clientLanguage()).isEmpty();
      assertThat(incoming.text()).isEqualTo("hello");
    }
  }

  @Nested
  class Rejections {

    static Stream<JsonNode> notObjects() {
      return Stream.of("[]", "[{'conversationId': 'c-8f2a', 'text': 'hi'}]", "'hello'", "42",
          "true", "null").map(ChatRequestParsingTest::json);
    }

    @ParameterizedTest
    @MethodSource("notObjects")
    void rejectsABodyThatIsNotAnObject(JsonNode body) {
      assertThat(rejection(body)).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void rejectsAMissingBody() {
      assertThat(rejection(null)).isEqualTo(ErrorCode.MALFORMED_JSON);
      assertThat(rejection(JSON.missingNode())).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    void rejectsAMissingConversationId() {
      assertThat(rejection(json("{'text': 'hello'}")))
          .isEqualTo(ErrorCode.INVALID_CONVERSATION_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "null", "{}", "['c-8f2a']", "{'value': 'c-8f2a'}"})
    void rejectsAConversationIdThatIsNotAString(String id) {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", "hello");
      body.set("conversationId", json(id));

      assertThat(rejection(body)).isEqualTo(ErrorCode.INVALID_CONVERSATION_ID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "c 8f2a", " c-8f2a", "c-8f2a\n", "a.b", "a/b", "a:b", "café",
        "محادثة", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void rejectsAnInvalidConversationId(String id) {
      ObjectNode body = JsonNodeFactory.instance.objectNode().put("conversationId", id)
          .put("text", "hello");

      assertThat(rejection(body)).isEqualTo(ErrorCode.INVALID_CONVERSATION_ID);
    }

    @Test
    void checksTheConversationIdBeforeAnythingElse() {
      ObjectNode body = json("{'conversationId': 'not valid', 'text': 42, 'language': 'xx'}")
          .deepCopy();

      assertThat(rejection(body)).isEqualTo(ErrorCode.INVALID_CONVERSATION_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "{}", "['hello']", "{'text': 'hello'}"})
    void rejectsTextThatIsNotAString(String text) {
      assertThat(rejection(bodyWith("text", text))).isEqualTo(ErrorCode.MISSING_TEXT);
    }

    @Test
    void rejectsTextThatIsNotAStringEvenWithAPayload() {
      ObjectNode body = bodyWith("text", "42").put("payload", "menu");

      assertThat(rejection(body)).isEqualTo(ErrorCode.MISSING_TEXT);
    }

    @Test
    void rejectsTextLongerThanTheLimit() {
      ObjectNode body = body().put("text", "a".repeat(Incoming.MAX_TEXT + 1));

      assertThat(rejection(body)).isEqualTo(ErrorCode.TEXT_TOO_LONG);
    }

    @Test
    void rejectsTextLongerThanTheLimitEvenWithALocationAndAPayload() {
      ObjectNode body = bodyWith("location", "{'lat': 50.85, 'lon': 4.35}")
          .put("payload", "menu")
          .put("text", "ل".repeat(Incoming.MAX_TEXT + 1));

      assertThat(rejection(body)).isEqualTo(ErrorCode.TEXT_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'conversationId': 'c-8f2a'}",
        "{'conversationId': 'c-8f2a', 'text': null}",
        "{'conversationId': 'c-8f2a', 'text': ''}",
        "{'conversationId': 'c-8f2a', 'text': '   '}",
        "{'conversationId': 'c-8f2a', 'text': '\\n\\t '}",
        "{'conversationId': 'c-8f2a', 'text': '', 'language': 'en'}",
        "{'conversationId': 'c-8f2a', 'text': '', 'location': null, 'payload': null}"})
    void rejectsBlankTextWithoutALocationOrAPayload(String body) {
      assertThat(rejection(json(body))).isEqualTo(ErrorCode.MISSING_TEXT);
    }

    @Test
    void rejectsBlankTextEvenWhenTheBrowserLanguageIsKnown() {
      assertThat(rejection(body(), Optional.of("fr-BE,fr;q=0.9")))
          .isEqualTo(ErrorCode.MISSING_TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "xx", "tr", "zz"})
    void rejectsALanguageThatIsNotOneOfOurs(String language) {
      ObjectNode body = body().put("text", "hello").put("language", language);

      assertThat(rejection(body)).isEqualTo(ErrorCode.UNKNOWN_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr-BE", " en", "en ", "nl_BE", "eng", "ara", "e", "", "  "})
    void rejectsALanguageThatIsNotExactlyTwoLetters(String language) {
      ObjectNode body = body().put("text", "hello").put("language", language);

      assertThat(rejection(body)).isEqualTo(ErrorCode.UNKNOWN_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "true", "{'code': 'en'}", "['en']"})
    void rejectsALanguageThatIsNotAString(String language) {
      ObjectNode body = bodyWith("language", language).put("text", "hello");

      assertThat(rejection(body)).isEqualTo(ErrorCode.UNKNOWN_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'50.85,4.35'", "50.85", "[50.85, 4.35]", "true", "''"})
    void rejectsALocationThatIsNotAnObject(String location) {
      assertThat(rejection(bodyWith("location", location)))
          .isEqualTo(ErrorCode.INVALID_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'lat': 50.85}", "{'lon': 4.35}",
        "{'latitude': 50.85, 'longitude': 4.35}", "{'lat': null, 'lon': 4.35}",
        "{'lat': 50.85, 'lon': null}"})
    void rejectsALocationWithoutLatOrLon(String location) {
      assertThat(rejection(bodyWith("location", location)))
          .isEqualTo(ErrorCode.INVALID_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'lat': '50.85', 'lon': 4.35}", "{'lat': 50.85, 'lon': '4.35'}",
        "{'lat': true, 'lon': 4.35}", "{'lat': 50.85, 'lon': [4.35]}",
        "{'lat': {'value': 50.85}, 'lon': 4.35}"})
    void rejectsNonNumericCoordinates(String location) {
      assertThat(rejection(bodyWith("location", location)))
          .isEqualTo(ErrorCode.INVALID_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{'lat': 90.0001, 'lon': 4.35}", "{'lat': -91, 'lon': 4.35}",
        "{'lat': 50.85, 'lon': 180.5}", "{'lat': 50.85, 'lon': -181}",
        "{'lat': 4.35e3, 'lon': 50.85}"})
    void rejectsCoordinatesOutOfRange(String location) {
      assertThat(rejection(bodyWith("location", location)))
          .isEqualTo(ErrorCode.INVALID_LOCATION);
    }

    @Test
    void rejectsAnInvalidLocationEvenWithText() {
      ObjectNode body = bodyWith("location", "{'lat': 50.85}").put("text", "hello");

      assertThat(rejection(body)).isEqualTo(ErrorCode.INVALID_LOCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "{}", "['menu']", "{'payload': 'menu'}"})
    void rejectsAPayloadThatIsNotAString(String payload) {
      assertThat(rejection(bodyWith("payload", payload))).isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "MENU", "Topic:housing", "topic", "topic:",
        "topic:no_such_topic", "topic:Housing", "lang:", "lang:de", "lang:xx", "place:",
        "place:Schaerbeek", "place:sint jans molenbeek", "menu:now", "forget:me", "languages:ar",
        "start:", "start:de-0-gent", "start:ar-no_such_topic-gent", "start:ar learn_dutch",
        "help", ":menu"})
    void rejectsAnUnknownPayload(String payload) {
      assertThat(rejection(body().put("payload", payload))).isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }

    @Test
    void rejectsAnUnknownPayloadEvenWithText() {
      ObjectNode body = body().put("text", "hello").put("payload", "topic:unicorns");

      assertThat(rejection(body)).isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
  }

  @Nested
  class FirstLanguage {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nl-BE,nl;q=0.9,en;q=0.8 | NL",
        "de-DE,fr;q=0.5          | FR",
        "ar                      | AR",
        "ar-MA                   | AR",
        "FR-be                   | FR",
        "en_GB                   | EN",
        "de, nl                  | NL",
        "de;q=1.0 , en ; q=0.8   | EN",
        "zh-CN,zh;q=0.9,*;q=0.5,ar;q=0.1 | AR",
    })
    void picksTheFirstOfOurLanguages(String header, Language expected) {
      assertThat(ChatMessageServlet.firstLanguage(header)).contains(expected);
    }

    @Test
    void picksTheFirstOfOurLanguagesByOrderNotByWeight() {
      assertThat(ChatMessageServlet.firstLanguage("en;q=0.1,fr;q=0.9")).contains(Language.EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "*", "", " ", "de-DE,es;q=0.8,tr", "english", "x-nl", ","})
    void findsNoneWhenTheHeaderHasNoneOfOurLanguages(String header) {
      assertThat(ChatMessageServlet.firstLanguage(header)).isEmpty();
    }
  }
}
