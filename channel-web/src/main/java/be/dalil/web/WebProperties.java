package be.dalil.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web channel ({@code dalil.web.*}).
 *
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 * @param maxImportBytes largest accepted import body (read as a stream); larger ones get 413
 * @param messagesPerMinute messages one conversation may send per minute before 429
 * @param requestsPerMinutePerClient API requests one client address may make per minute
 * @param signInsPerMinute editors' sign-in attempts per account name and client address a minute
 * @param publicBaseUrl the address users reach the web chat at, for counsellor links
 *     (empty: taken from the request)
 * @param telegramBotUsername the Telegram bot's username, for counsellor deep links (empty: none)
 * @param adminToken bearer token of the import endpoint (empty: import disabled)
 * @param linkHosts without a public base URL, the only request hosts counsellor links may be
 *     built on (a request's Host header is the client's to choose)
 * @param trustedProxies addresses of the reverse proxies in front of Dalil (IP literals): only
 *     from these is {@code X-Forwarded-For} believed, so that rate limits key on the real client
 *     (empty: forwarded headers are ignored)
 */
@Validated
@ConfigurationProperties("dalil.web")
public record WebProperties(
    @DefaultValue("16384") @Min(1024) @Max(1048576) int maxBodyBytes,
    @DefaultValue("52428800") @Min(1024) @Max(1073741824) long maxImportBytes,
    @DefaultValue("30") @Min(1) int messagesPerMinute,
    @DefaultValue("300") @Min(1) int requestsPerMinutePerClient,
    @DefaultValue("10") @Min(1) int signInsPerMinute,
    @DefaultValue("") @NotNull String publicBaseUrl,
    @DefaultValue("") @NotNull String telegramBotUsername,
    @DefaultValue("") @NotNull String adminToken,
    @DefaultValue({"localhost", "127.0.0.1"}) @NotNull List<String> linkHosts,
    @DefaultValue({}) @NotNull List<@Pattern(regexp = "[0-9A-Fa-f:.]+",
        message = "must be an IP address, not a name") String> trustedProxies) {}
