package be.dalil.web.listings;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Organisations' proposals ({@code dalil.listings.*}); see the README.
 *
 * @param signingKey secret of the e-mailed links, at least 32 characters; empty: a random key of
 *     this run (links then stop working at a restart)
 * @param mailFrom the sender of the messages to organisations
 * @param confirmationLinkLifetime how long a confirmation link works
 * @param yearlyReminders ask organisations once a year whether their listing is still right
 * @param remindersPerDay at most this many such messages a day
 */
@Validated
@ConfigurationProperties("dalil.listings")
record ListingsProperties(
    @DefaultValue("") @NotNull String signingKey,
    @DefaultValue("dalil@localhost") @NotNull String mailFrom,
    @DefaultValue("7d") @NotNull Duration confirmationLinkLifetime,
    @DefaultValue("false") boolean yearlyReminders,
    @DefaultValue("100") @jakarta.validation.constraints.Min(1) int remindersPerDay) {}
