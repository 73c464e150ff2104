package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real TelegramBots client, long polling a Bot-API-compatible server run by the test
 * (pointed at through TELEGRAM_API_URL), end to end through the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TelegramBotIT {

  private static final FakeBotApi API = FakeBotApi.start();

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.telegram.bot-token", () -> "123456:TEST-TOKEN");
    registry.add("dalil.telegram.api-url", API::url);
    registry.add("dalil.telegram.bot-username", () -> "dalil_test_bot");
  }

  @AfterAll
  static void stop() {
    API.close();
  }

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired
  MeterRegistry metrics;

  private static List<FakeBotApi.Call> repliesTo(long chatId, int atLeast)
      throws InterruptedException {
    API.await("sendMessage", calls -> calls.stream()
        .filter(c -> c.params().path("chat_id").asLong() == chatId).count() >= atLeast, WAIT);
    return API.callsTo("sendMessage", chatId);
  }

  private static String allText(List<FakeBotApi.Call> calls) {
    StringBuilder out = new StringBuilder();
    calls.forEach(c -> out.append(c.params().path("text").asText()).append('\n'));
    return out.toString();
  }

  @Test
  void registersLocalizedCommandsForEveryLanguage() throws InterruptedException {
    List<FakeBotApi.Call> calls = API.await("setMyCommands", c -> c.size() >= 5, WAIT);
    assertThat(calls).extracting(c -> c.params().path("language_code").asText(""))
        .contains("ar", "en", "fr", "nl", "");
    FakeBotApi.Call arabic = calls.stream()
        .filter(c -> c.params().path("language_code").asText("").equals("ar")).findFirst()
        .orElseThrow();
    assertThat(arabic.params().path("commands").toString()).contains("forget")
        .containsPattern("\\p{IsArabic}");
  }

  @Test
  void answersInEachLanguage() throws InterruptedException {
    String[][] messages = {
        {"701", "en", "Where can I learn Dutch in Schaerbeek?"},
        {"702", "ar", "أين يمكنني تعلم الهولندية في سكاربيك؟"},
        {"703", "fr", "Où apprendre le néerlandais à Schaerbeek ?"},
        {"704", "nl", "Waar kan ik Nederlands leren in Schaarbeek?"},
    };
    for (String[] m : messages) {
      API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), Long.parseLong(m[0]), m[1],
          m[2]));
    }
    for (String[] m : messages) {
      List<FakeBotApi.Call> replies = repliesTo(Long.parseLong(m[0]), 1);
      assertThat(replies).isNotEmpty();
      FakeBotApi.Call first = replies.get(0);
      assertThat(first.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
      String text = allText(replies);
      assertThat(text).contains("<b>");
      if (m[1].equals("ar")) {
        assertThat(text).containsPattern("\\p{IsArabic}");
      }
      if (m[1].equals("nl")) {
        assertThat(text).contains("Schaarbeek");
      }
    }
  }

  @Test
  void showsTheOwnTownHallFirstAndTheRegionsServices() throws InterruptedException {
    String[][] messages = {
        {"705", "nl", "hoe schrijf ik me in bij de gemeente in Roeselare", "Roeselare - Burgerzaken"},
        {"706", "fr", "je cherche du travail à Ixelles", "Actiris"},
        {"707", "ar", "كيف تعمل المواصلات العامة في أنتويرب", "De Lijn"},
        {"708", "en", "I need financial help from the social welfare centre in Schaerbeek",
            "CPAS de Schaerbeek"},
    };
    for (String[] m : messages) {
      API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), Long.parseLong(m[0]), m[1],
          m[2]));
    }
    for (String[] m : messages) {
      String text = allText(repliesTo(Long.parseLong(m[0]), 1));
      // The first card is the one named first in bold.
      int firstCard = text.indexOf("<b>");
      assertThat(firstCard).as(m[2]).isNotNegative();
      assertThat(text.substring(firstCard)).as(m[2]).startsWith("<b>" + m[3]);
    }
    // An office people visit can be found on the map.
    assertThat(allText(repliesTo(705, 1))).contains("https://www.openstreetmap.org/search?query=");
  }

  @Test
  void opensACounsellorDeepLinkInItsLanguagePlaceAndTopic() throws InterruptedException {
    long chat = 710;
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "fr",
        "/start ar-learn_dutch-gent"));
    String text = allText(repliesTo(chat, 1));
    assertThat(text).containsPattern("\\p{IsArabic}").contains("غنت").contains("<b>");
  }

  @Test
  void usesASharedLocation() throws InterruptedException {
    long chat = 720;
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "nl",
        "ik zoek een huis om te huren"));
    // The answer, then the location request with its keyboard button, a second apart.
    List<FakeBotApi.Call> first = repliesTo(chat, 2);
    assertThat(first.toString()).contains("request_location");
    int before = API.callsTo("sendMessage", chat).size();
    API.push(TelegramUpdatesJson.location(TelegramUpdatesJson.nextId(), chat, 51.054, 3.717));
    List<FakeBotApi.Call> after = repliesTo(chat, before + 1);
    assertThat(allText(after.subList(before, after.size()))).contains("Gent");
  }

  @Test
  void answersATappedButtonAndStopsItsSpinner() throws InterruptedException {
    long chat = 730;
    int update = TelegramUpdatesJson.nextId();
    API.push(TelegramUpdatesJson.button(update, chat, "topic:housing"));
    List<FakeBotApi.Call> answered = API.await("answerCallbackQuery",
        calls -> calls.stream().anyMatch(c -> c.params().path("callback_query_id").asText()
            .equals("cb-" + update)), WAIT);
    assertThat(answered).anyMatch(c -> c.params().path("callback_query_id").asText()
        .equals("cb-" + update));
    assertThat(repliesTo(chat, 1)).isNotEmpty();
  }

  @Test
  void handlesAnUpdateDeliveredTwiceOnlyOnce() throws InterruptedException {
    long chat = 740;
    int update = TelegramUpdatesJson.nextId();
    API.push(TelegramUpdatesJson.text(update, chat, "en", "thank you"));
    API.push(TelegramUpdatesJson.text(update, chat, "en", "thank you"));
    repliesTo(chat, 1);
    Thread.sleep(1500);
    assertThat(API.callsTo("sendMessage", chat)).hasSize(1);
  }

  @Test
  void waitsRetryAfterWhenTelegramAnswers429() throws InterruptedException {
    long chat = 750;
    API.throttleNext(chat, 1, 1);
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "en", "hello"));
    List<FakeBotApi.Call> attempts = repliesTo(chat, 2);
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
    long waited = attempts.get(1).atMillis() - attempts.get(0).atMillis();
    assertThat(waited).isGreaterThanOrEqualTo(950);
    assertThat(attempts.get(1).params().path("text").asText())
        .isEqualTo(attempts.get(0).params().path("text").asText());
    // Operators see the retry, and the reply counted under its channel.
    assertThat(metrics.get("dalil.telegram.send.retries").functionCounter().count())
        .isGreaterThanOrEqualTo(1);
    assertThat(metrics.get("dalil.messages").tag("channel", "telegram").counters())
        .isNotEmpty();
    assertThat(metrics.get("dalil.telegram.send.queued").gauge().value()).isNotNegative();
  }

  @Test
  void keepsOtherChatsFlowingWhileOneWaitsForRetryAfter() throws InterruptedException {
    long slow = 770;
    long fast = 771;
    API.throttleNext(slow, 1, 3);
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), slow, "en", "thanks"));
    repliesTo(slow, 1); // the throttled first attempt
    long pushed = System.currentTimeMillis();
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), fast, "en", "thanks"));
    List<FakeBotApi.Call> fastReplies = repliesTo(fast, 1);
    List<FakeBotApi.Call> slowReplies = repliesTo(slow, 2);
    assertThat(fastReplies.get(0).atMillis() - pushed).isLessThan(2500);
    assertThat(slowReplies.get(1).atMillis()).isGreaterThan(fastReplies.get(0).atMillis());
  }

  @Test
  void retriesThroughNetworkErrorsWithoutLosingTheConversation() throws InterruptedException {
    long chat = 780;
    API.failNext(chat, 2);
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "nl",
        "ik woon in Mechelen"));
    List<FakeBotApi.Call> attempts = repliesTo(chat, 3);
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(3);
    assertThat(attempts.get(2).atMillis() - attempts.get(0).atMillis()).isGreaterThanOrEqualTo(1500);
    int before = API.callsTo("sendMessage", chat).size();
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "nl",
        "waar kan ik Nederlands leren"));
    List<FakeBotApi.Call> after = repliesTo(chat, before + 1);
    assertThat(allText(after.subList(before, after.size()))).contains("Mechelen");
  }

  @Test
  void keepsMessagesAndLocationsOutOfTheLogs(CapturedOutput output) throws InterruptedException {
    long chat = 918273645L;
    API.push(TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), chat, "en",
        "my name is Zoubida Secretname and I need a doctor in Leuven"));
    API.push(TelegramUpdatesJson.location(TelegramUpdatesJson.nextId(), chat, 50.87959, 4.70093));
    repliesTo(chat, 2);
    assertThat(output.getAll()).doesNotContain("Secretname").doesNotContain("918273645")
        .doesNotContain("50.87959").doesNotContain("4.70093");
  }
}
