package be.dalil.web.editor;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The editors' settings ({@code dalil.editor.*}); see the README.
 *
 * @param accounts {@code name:role:bcrypt-hash}, comma-separated; empty: nobody can sign in
 *     with a password
 * @param oidcAccounts who may sign in through OpenID Connect: {@code identity:role},
 *     comma-separated, where the identity is the verified e-mail address the provider gives, or
 *     else its subject
 */
@Validated
@ConfigurationProperties("dalil.editor")
record EditorProperties(@DefaultValue("") @NotNull String accounts,
    @DefaultValue("") @NotNull String oidcAccounts) {}
