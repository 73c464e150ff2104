package be.dalil.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Telegram channel's entry point: import it into the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
public class TelegramChannelConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TelegramChannelConfiguration.class);

  @Bean
  TelegramChannelStatus telegramChannelStatus(TelegramProperties properties) {
    if (!properties.enabled()) {
      log.info("Telegram channel off: TELEGRAM_BOT_TOKEN is not set");
    }
    return new TelegramChannelStatus(properties.enabled());
  }

  /** Whether the channel runs; for health and tests. */
  public record TelegramChannelStatus(boolean running) {}
}
