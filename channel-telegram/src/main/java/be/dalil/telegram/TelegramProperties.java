package be.dalil.telegram;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Telegram channel ({@code dalil.telegram.*}, bound from the environment
 * variables in {@code application.properties}; see the README).
 *
 * @param botToken the token BotFather gave; empty turns the channel off
 * @param botUsername the bot's username, without "@"
 * @param apiUrl base URL of the Bot API
 * @param mode {@code polling} or {@code webhook}
 * @param webhookUrl the public HTTPS address Telegram posts updates to (webhook mode)
 * @param webhookSecret the secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
 * @param perChatMessagesPerSecond outgoing messages per chat per second (Telegram: about 1)
 * @param globalMessagesPerSecond outgoing messages per second for the whole bot (Telegram: 30)
 */
@Validated
@ConfigurationProperties("dalil.telegram")
public record TelegramProperties(
    @DefaultValue("") @NotNull String botToken,
    @DefaultValue("") @NotNull String botUsername,
    @DefaultValue("https://api.telegram.org") @NotNull String apiUrl,
    @DefaultValue("polling") @Pattern(regexp = "polling|webhook") String mode,
    @DefaultValue("") @NotNull String webhookUrl,
    @DefaultValue("") @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{0,256}") String webhookSecret,
    @DefaultValue("1") @Min(1) int perChatMessagesPerSecond,
    @DefaultValue("30") @Min(1) int globalMessagesPerSecond) {

  public boolean enabled() {
    return !botToken.isBlank();
  }

  public boolean webhook() {
    return mode.equals("webhook");
  }
}
