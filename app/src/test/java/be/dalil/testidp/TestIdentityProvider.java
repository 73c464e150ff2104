package be.dalil.testidp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests (Spring Authorization Server, configured by
 * properties), with two people: one Dalil lists as an editor, one it does not. Outside Dalil's
 * packages, so that Dalil's own scans never see it.
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
public class TestIdentityProvider {

  @Bean
  UserDetailsService people() {
    return new InMemoryUserDetailsManager(
        User.withUsername("eva.oidc").password("{noop}eva-password").roles("USER").build(),
        User.withUsername("mallory").password("{noop}mallory-password").roles("USER").build());
  }
}
