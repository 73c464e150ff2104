package be.dalil.telegram;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Telegram channel ({@code dalil.telegram.*}, bound from the environment
 * variables in {@code application.yml}).
 *
 * @param botToken the token BotFather gave; empty turns the channel off
 * @param botUsername the bot's username, without "@"
 * @param apiUrl base URL of the Bot API
 * @param mode {@code polling} or {@code webhook}
 */
@Validated
@ConfigurationProperties("dalil.telegram")
public record TelegramProperties(
    @DefaultValue("") @NotNull String botToken,
    @DefaultValue("") @NotNull String botUsername,
    @DefaultValue("https://api.telegram.org") @NotNull String apiUrl,
    @DefaultValue("polling") @Pattern(regexp = "polling|webhook") String mode) {

  public boolean enabled() {
    return !botToken.isBlank();
  }
}
