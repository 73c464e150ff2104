package be.dalil.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Pacing, retries and drops of {@link TelegramSender} on virtual time: no threads, no sleeping.
 * The sender runs with Telegram's limits (1 message a second per chat, 30 a second in all).
 */
class TelegramSenderTest {

  private static final long ALICE = 1001;
  private static final long BOB = 1002;
  private static final int GLOBAL_PER_SECOND = 30;
  /** The smallest gap the global pace allows, rounded down to whole milliseconds. */
  private static final long GLOBAL_GAP_MILLIS = 1000 / GLOBAL_PER_SECOND;

  private final VirtualTime time = new VirtualTime();
  private final FakeTelegram telegram = new FakeTelegram(time);
  private final TelegramSender sender =
      new TelegramSender(telegram.client(), 1, GLOBAL_PER_SECOND, time.clock(), time);

  @Test
  void sendsOneChatsMessagesInOrderAtMostOnePerSecond() {
    sender.send(ALICE, messages(ALICE, "a1", "a2", "a3"));

    time.advance(999);
    assertThat(telegram.delivered()).containsExactly("a1");

    time.advance(10_000);
    assertThat(telegram.delivered()).containsExactly("a1", "a2", "a3");
    assertThat(telegram.deliveredAt("a1", "a2", "a3")).containsExactly(0L, 1000L, 2000L);
  }

  @Test
  void aMessageQueuedRightAfterAnotherWaitsForTheChatInterval() {
    sender.send(ALICE, messages(ALICE, "a1"));
    time.advance(300);
    sender.send(ALICE, messages(ALICE, "a2"));

    time.advance(5_000);

    assertThat(telegram.deliveredAt("a1", "a2")).containsExactly(0L, 1000L);
  }

  @Test
  void aMessageAfterAQuietSpellGoesAtOnce() {
    sender.send(ALICE, messages(ALICE, "a1"));
    time.advance(1_500);
    sender.send(ALICE, messages(ALICE, "a2"));

    time.advance(0);

    assertThat(telegram.deliveredAt("a1", "a2")).containsExactly(0L, 1500L);
  }

  @Test
  void twoChatsInterleaveWithoutWaitingForEachOther() {
    sender.send(ALICE, messages(ALICE, "a1", "a2", "a3"));
    sender.send(BOB, messages(BOB, "b1", "b2", "b3"));

    time.advance(10_000);

    assertThat(telegram.delivered()).containsExactly("a1", "b1", "a2", "b2", "a3", "b3");
    // Bob only waits for the global pace, not for Alice's second.
    assertThat(telegram.deliveredAt("b1").get(0)).isBetween(GLOBAL_GAP_MILLIS, 100L);
    assertThat(gaps(telegram.deliveredAt("b1", "b2", "b3"))).allMatch(gap -> gap >= 1000);
  }

  @Test
  void theGlobalPaceHoldsAcrossManyChats() {
    int chats = 40;
    for (long chat = 1; chat <= chats; chat++) {
      sender.send(chat, messages(chat, "c" + chat + "-1", "c" + chat + "-2", "c" + chat + "-3"));
    }

    time.advance(60_000);

    List<Call> sent = telegram.deliveries();
    assertThat(sent).hasSize(chats * 3);
    List<Long> at = sent.stream().map(Call::at).toList();
    assertThat(gaps(at)).allMatch(gap -> gap >= GLOBAL_GAP_MILLIS);
    for (long start : at) {
      assertThat(at.stream().filter(t -> t >= start && t < start + 1000).count())
          .as("sends in the second from %d ms", start)
          .isLessThanOrEqualTo(GLOBAL_PER_SECOND);
    }
    Map<String, List<Call>> byChat =
        sent.stream().collect(Collectors.groupingBy(Call::chat));
    assertThat(byChat).hasSize(chats);
    byChat.forEach((chat, calls) -> {
      assertThat(calls).extracting(Call::label)
          .containsExactly("c" + chat + "-1", "c" + chat + "-2", "c" + chat + "-3");
      assertThat(gaps(calls.stream().map(Call::at).toList()))
          .allMatch(gap -> gap >= 1000);
    });
  }

  @Test
  void onTooManyRequestsTheChatWaitsRetryAfterAndResendsTheSameMessageWhileOthersFlow() {
    telegram.fail("a1", tooManyRequests(5));
    sender.send(ALICE, messages(ALICE, "a1", "a2"));
    sender.send(BOB, messages(BOB, "b1", "b2", "b3"));

    time.advance(4_999);
    assertThat(telegram.delivered()).containsExactly("b1", "b2", "b3");

    time.advance(10_000);
    assertThat(telegram.attemptsAt("a1")).containsExactly(0L, 5000L);
    assertThat(telegram.deliveredAt("a1", "a2")).containsExactly(5000L, 6000L);
  }

  @Test
  void aForbiddenMessageIsDroppedAndTheNextOneGoes() {
    telegram.fail("a1", forbidden());
    sender.send(ALICE, messages(ALICE, "a1", "a2"));

    time.advance(120_000);

    assertThat(telegram.attemptsAt("a1")).containsExactly(0L);
    assertThat(telegram.delivered()).containsExactly("a2");
    assertThat(telegram.deliveredAt("a2")).containsExactly(1000L);
  }

  @Test
  void aBadGatewayIsRetriedAfterABackoff() {
    telegram.fail("a1", badGateway());
    sender.send(ALICE, messages(ALICE, "a1", "a2"));

    time.advance(10_000);

    assertThat(telegram.attemptsAt("a1")).containsExactly(0L, 1000L);
    assertThat(telegram.deliveredAt("a1", "a2")).containsExactly(1000L, 2000L);
  }

  @Test
  void networkErrorsBackOffLongerEachTimeAndGiveUpAfterMaxAttempts() {
    telegram.fail("a1", Collections.nCopies(100, networkDown()));
    sender.send(ALICE, messages(ALICE, "a1", "a2"));

    time.advance(600_000);

    List<Long> attempts = telegram.attemptsAt("a1");
    assertThat(attempts).hasSize(TelegramSender.MAX_ATTEMPTS);
    List<Long> backoffs = gaps(attempts);
    for (int i = 0; i < backoffs.size(); i++) {
      // 1 s, 2 s, 4 s... doubling, at most a minute.
      assertThat(backoffs.get(i)).isEqualTo(Math.min(60_000, 1000L << i));
    }
    assertThat(telegram.delivered()).containsExactly("a2");
    assertThat(telegram.deliveredAt("a2"))
        .containsExactly(attempts.get(attempts.size() - 1) + 1000);
  }

  @Test
  void aMethodThatThrowsARuntimeExceptionNeverStallsTheQueue() {
    telegram.fail("a1", Collections.nCopies(TelegramSender.MAX_ATTEMPTS,
        new IllegalStateException("unreadable response")));
    telegram.fail("a2", new IllegalStateException("unreadable response"));
    sender.send(ALICE, messages(ALICE, "a1", "a2", "a3"));

    assertThatCode(() -> time.advance(600_000)).doesNotThrowAnyException();

    assertThat(telegram.attemptsAt("a1")).hasSize(TelegramSender.MAX_ATTEMPTS);
    assertThat(telegram.attemptsAt("a2")).hasSize(2);
    assertThat(telegram.delivered()).containsExactly("a2", "a3");
  }

  @Test
  void sendNowGoesAtOnceOutsideTheChatQueues() {
    telegram.fail("a1", tooManyRequests(5));
    sender.send(ALICE, messages(ALICE, "a1", "a2"));
    time.advance(100);

    sender.sendNow(answer("q1"));
    time.advance(0);

    assertThat(telegram.delivered()).containsExactly("answer q1");
    assertThat(telegram.deliveredAt("answer q1")).containsExactly(100L);
  }

  @Test
  void aFailedSendNowIsSwallowedAndNotRetried() {
    telegram.fail("answer q1", networkDown());
    telegram.fail("answer q2", forbidden());
    telegram.fail("answer q3", new IllegalStateException("unreadable response"));

    sender.sendNow(answer("q1"));
    sender.sendNow(answer("q2"));
    sender.sendNow(answer("q3"));
    assertThatCode(() -> time.advance(60_000)).doesNotThrowAnyException();

    assertThat(telegram.attemptsAt("answer q1")).containsExactly(0L);
    assertThat(telegram.attemptsAt("answer q2")).containsExactly(0L);
    assertThat(telegram.attemptsAt("answer q3")).containsExactly(0L);
    sender.send(ALICE, messages(ALICE, "a1"));
    time.advance(0);
    assertThat(telegram.delivered()).containsExactly("a1");
  }

  @Test
  void aWallClockSetBackDoesNotHoldUpTheGlobalPace() {
    sender.send(ALICE, messages(ALICE, "a1"));
    time.advance(0);
    time.setClockBack(3_600_000);

    sender.send(BOB, messages(BOB, "b1"));
    time.advance(100);

    assertThat(telegram.delivered()).containsExactly("a1", "b1");
  }

  @Test
  void closeDropsWhatIsStillQueued() {
    sender.send(ALICE, messages(ALICE, "a1", "a2"));
    time.advance(0);

    sender.close();
    time.advance(10_000);

    assertThat(telegram.delivered()).containsExactly("a1");
  }

  private static List<SendMessage> messages(long chatId, String... texts) {
    return Arrays.stream(texts)
        .<SendMessage>map(text -> SendMessage.builder().chatId(chatId).text(text).build())
        .toList();
  }

  private static AnswerCallbackQuery answer(String queryId) {
    return AnswerCallbackQuery.builder().callbackQueryId(queryId).build();
  }

  /** The differences between consecutive times. */
  private static List<Long> gaps(List<Long> times) {
    return IntStream.range(1, times.size()).mapToObj(i -> times.get(i) - times.get(i - 1))
        .toList();
  }

  private static TelegramApiRequestException tooManyRequests(int retryAfterSeconds) {
    return refused(429, "Too Many Requests: retry after " + retryAfterSeconds,
        new ResponseParameters(null, retryAfterSeconds));
  }

  private static TelegramApiRequestException forbidden() {
    return refused(403, "Forbidden: bot was blocked by the user", null);
  }

  private static TelegramApiRequestException badGateway() {
    return refused(502, "Bad Gateway", null);
  }

  /** What the client throws when Telegram answers with an error. */
  private static TelegramApiRequestException refused(int code, String description,
      ResponseParameters parameters) {
    return new TelegramApiRequestException("Error executing method",
        new ApiResponse<>(false, code, description, parameters, null));
  }

  /** What the client throws when Telegram cannot be reached. */
  private static TelegramApiException networkDown() {
    return new TelegramApiException("Unable to execute method",
        new IOException("Connection reset"));
  }

  private record Call(long at, String chat, String label, boolean delivered) {}

  /**
   * A clock and a scheduler on virtual time: tasks run, in order of due time, only when the test
   * advances time. The scheduler counts elapsed time like a real one (monotonic); the clock can
   * also be set back, like a wall clock.
   */
  static final class VirtualTime implements SendScheduler {

    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    /** A bound on tasks per advance, so a task that keeps rescheduling itself fails the test. */
    private static final int MAX_TASKS = 1_000_000;

    private final PriorityQueue<Task> tasks =
        new PriorityQueue<>(Comparator.comparingLong(Task::due).thenComparingLong(Task::order));
    private long elapsedMillis;
    private long clockOffsetMillis;
    private long order;
    private boolean closed;

    Clock clock() {
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
          return START.plusMillis(elapsedMillis + clockOffsetMillis);
        }
      };
    }

    /** Milliseconds since the test began. */
    long elapsed() {
      return elapsedMillis;
    }

    /** Runs every task due within the next {@code millis}, moving time to each, then to the end. */
    void advance(long millis) {
      long end = elapsedMillis + millis;
      for (int run = 0; !tasks.isEmpty() && tasks.peek().due() <= end; run++) {
        if (run == MAX_TASKS) {
          throw new AssertionError("tasks keep rescheduling themselves");
        }
        Task task = tasks.poll();
        elapsedMillis = task.due();
        task.runnable().run();
      }
      elapsedMillis = end;
    }

    /** Sets the clock (not the scheduler) back, as an NTP correction would. */
    void setClockBack(long millis) {
      clockOffsetMillis -= millis;
    }

    @Override
    public void execute(Runnable task) {
      schedule(task, 0);
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
      if (closed) {
        throw new RejectedExecutionException("closed");
      }
      tasks.add(new Task(elapsedMillis + Math.max(0, delayMillis), order++, task));
    }

    @Override
    public void close() {
      closed = true;
      tasks.clear();
    }

    private record Task(long due, long order, Runnable runnable) {}
  }

  /**
   * A Bot API client that records every call with its virtual time and fails the calls it was
   * told to; only {@code execute(BotApiMethod)} works.
   */
  static final class FakeTelegram implements InvocationHandler {

    private final VirtualTime time;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<Exception>> failures = new HashMap<>();

    FakeTelegram(VirtualTime time) {
      this.time = time;
    }

    /** A proxy, since the interface has dozens of methods the sender never calls. */
    TelegramClient client() {
      return (TelegramClient) Proxy.newProxyInstance(TelegramClient.class.getClassLoader(),
          new Class<?>[] {TelegramClient.class}, this);
    }

    /** The next calls with this label throw these, in order; later ones succeed. */
    void fail(String label, Exception... errors) {
      fail(label, List.of(errors));
    }

    void fail(String label, List<? extends Exception> errors) {
      failures.computeIfAbsent(label, l -> new ArrayDeque<>()).addAll(errors);
    }

    List<Call> deliveries() {
      return calls.stream().filter(Call::delivered).toList();
    }

    List<String> delivered() {
      return deliveries().stream().map(Call::label).toList();
    }

    /** When these were delivered, in the order given. */
    List<Long> deliveredAt(String... labels) {
      return Arrays.stream(labels).flatMap(label -> deliveries().stream()
          .filter(call -> call.label().equals(label)).map(Call::at)).toList();
    }

    /** When a message was tried, failed or not. */
    List<Long> attemptsAt(String label) {
      return calls.stream().filter(call -> call.label().equals(label)).map(Call::at).toList();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return method.invoke(this, args);
      }
      if (!method.getName().equals("execute")
          || method.getParameterTypes()[0] != BotApiMethod.class) {
        throw new UnsupportedOperationException(method.toString());
      }
      BotApiMethod<?> call = (BotApiMethod<?>) args[0];
      String chat = call instanceof SendMessage message ? message.getChatId() : "";
      String label = call instanceof SendMessage message ? message.getText()
          : call instanceof AnswerCallbackQuery answer ? "answer " + answer.getCallbackQueryId()
          : call.getMethod();
      Exception error = failures.getOrDefault(label, new ArrayDeque<>()).pollFirst();
      calls.add(new Call(time.elapsed(), chat, label, error == null));
      if (error != null) {
        throw error;
      }
      return null;
    }
  }
}
