package be.dalil.telegram;

import be.dalil.bot.Assistant;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram channel's entry point: import it into the application. Without
 * {@code TELEGRAM_BOT_TOKEN} it stays off and says so in one log line.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@Import({TelegramWebhookController.class, TelegramChannelConfiguration.Enabled.class})
public class TelegramChannelConfiguration {

  /** The resource bundle of Telegram-only texts. */
  public static final String MESSAGES = "i18n/telegram";
  private static final Logger log = LoggerFactory.getLogger(TelegramChannelConfiguration.class);

  /** Whether the channel runs; for health checks and tests. */
  public record TelegramChannelStatus(boolean running) {}

  @Bean
  TelegramChannelStatus telegramChannelStatus(TelegramProperties properties) {
    if (!properties.enabled()) {
      log.info("Telegram channel off: TELEGRAM_BOT_TOKEN is not set");
    }
    return new TelegramChannelStatus(properties.enabled());
  }

  /** The channel's parts, only when a bot token is configured. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnExpression("!'${dalil.telegram.bot-token:}'.isBlank()")
  static class Enabled {

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
      return TelegramChannelConfiguration.telegramUrl(properties.apiUrl());
    }

    @Bean
    OkHttpTelegramClient telegramClient(TelegramProperties properties, TelegramUrl url) {
      return new OkHttpTelegramClient(properties.botToken(), url);
    }

    @Bean
    TelegramSender telegramSender(OkHttpTelegramClient client, TelegramProperties properties,
        Clock clock) {
      return new TelegramSender(client, properties.perChatMessagesPerSecond(),
          properties.globalMessagesPerSecond(), clock, SendScheduler.onDaemonThreads());
    }

    /** The send queue for operators (bound by Spring Boot when metrics are on). */
    @Bean
    MeterBinder telegramSendMetrics(TelegramSender sender) {
      return registry -> {
        Gauge.builder("dalil.telegram.send.queued", sender, TelegramSender::queued)
            .description("Telegram messages waiting to be sent").register(registry);
        FunctionCounter.builder("dalil.telegram.send.retries", sender, TelegramSender::retries)
            .description("Telegram sends tried again (429, network or server error)")
            .register(registry);
        FunctionCounter.builder("dalil.telegram.send.dropped", sender, TelegramSender::dropped)
            .description("Telegram messages given up").register(registry);
      };
    }

    @Bean
    TelegramReplies telegramReplies() {
      return new TelegramReplies();
    }

    @Bean
    TelegramUpdates telegramUpdates(Assistant assistant, TelegramReplies replies,
        TelegramSender sender, TelegramProperties properties) {
      return new TelegramUpdates(assistant, replies, sender,
          new ChatIds(keyFrom(properties.botToken())));
    }

    @Bean
    TelegramChannel telegramChannel(TelegramProperties properties, TelegramUrl url,
        OkHttpTelegramClient client, TelegramUpdates updates, TelegramReplies replies,
        TelegramSender sender) {
      return new TelegramChannel(properties, url, client, updates, replies, sender);
    }
  }

  /** "https://api.telegram.org" or "http://127.0.0.1:8081" as the client's URL parts. */
  static TelegramUrl telegramUrl(String apiUrl) {
    URI uri = URI.create(apiUrl.replaceFirst("/+$", ""));
    String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
    int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
    return new TelegramUrl(scheme, uri.getHost(), port, false);
  }

  /** The conversation-id key: derived from the token, so it is stable and never stored. */
  static String keyFrom(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("dalil-conversation:" + token).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
