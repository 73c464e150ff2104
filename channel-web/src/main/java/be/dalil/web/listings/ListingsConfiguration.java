package be.dalil.web.listings;

import be.dalil.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Signed links and the messages to organisations. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ListingsProperties.class)
class ListingsConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ListingsConfiguration.class);

  @Bean
  LinkSigner linkSigner(ListingsProperties properties, Clock clock) {
    if (properties.signingKey().isBlank()) {
      log.warn("No DALIL_SIGNING_KEY: e-mailed confirmation links stop working at a restart");
      return new LinkSigner(LinkSigner.randomKey(), clock);
    }
    return new LinkSigner(properties.signingKey().getBytes(StandardCharsets.UTF_8), clock);
  }

  @Bean
  ProposerMail proposerMail(ObjectProvider<JavaMailSender> sender,
      ListingsProperties properties) {
    return new ProposerMail(Optional.ofNullable(sender.getIfAvailable()),
        new Messages(PartnerController.TEXTS), properties.mailFrom());
  }
}
