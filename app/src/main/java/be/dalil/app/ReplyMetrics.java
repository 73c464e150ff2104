package be.dalil.app;

import be.dalil.bot.ReplyObserver;
import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import be.dalil.knowledge.DalilException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts every reply by channel, language, intent and resolution (answered, clarifying, out of
 * scope: the rates operators watch are ratios of these), times replies per channel as a
 * histogram, and counts failures by error code. Meters are looked up once per combination, so
 * recording costs a map lookup and an increment.
 */
final class ReplyMetrics implements ReplyObserver {

  static final String MESSAGES = "dalil.messages";
  static final String REPLY = "dalil.reply";
  static final String FAILURES = "dalil.reply.failures";

  private record Key(Channel channel, String language, String intent, Reply.Resolution resolution) {}

  private final MeterRegistry registry;
  private final Map<Key, Counter> messages = new ConcurrentHashMap<>();
  private final Map<Channel, Timer> replies = new ConcurrentHashMap<>();
  private final Map<String, Counter> failures = new ConcurrentHashMap<>();

  ReplyMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void replied(Channel channel, Incoming message, Reply reply, long nanos) {
    Key key = new Key(channel, reply.language().code(), reply.intent().id(), reply.resolution());
    messages.computeIfAbsent(key, k -> Counter.builder(MESSAGES)
        .description("Messages answered, by channel, language, intent and resolution")
        .tag("channel", k.channel().tag()).tag("language", k.language())
        .tag("intent", k.intent())
        .tag("resolution", k.resolution().name().toLowerCase(Locale.ROOT))
        .register(registry)).increment();
    replies.computeIfAbsent(channel, c -> Timer.builder(REPLY)
        .description("Time to understand a message and build its reply")
        .tag("channel", c.tag())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofNanos(10_000))
        .maximumExpectedValue(Duration.ofSeconds(5))
        .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void failed(Channel channel, RuntimeException error) {
    String code = error instanceof DalilException d ? d.code().code() : "internal_error";
    failures.computeIfAbsent(channel.tag() + "/" + code, k -> Counter.builder(FAILURES)
        .description("Messages that got no reply, by channel and error code")
        .tag("channel", channel.tag()).tag("code", code)
        .register(registry)).increment();
  }
}
