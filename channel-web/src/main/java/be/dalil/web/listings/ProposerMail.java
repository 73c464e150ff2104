package be.dalil.web.listings;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The messages to an organisation that proposed a listing, in the language it wrote in: confirm
 * the address, the proposal approved, the proposal rejected and why. Through the configured SMTP
 * server ({@code spring.mail.*}); without one, nothing is sent and proposals wait unconfirmed.
 */
final class ProposerMail {

  private static final Logger log = LoggerFactory.getLogger(ProposerMail.class);

  private final Optional<JavaMailSender> sender;
  private final Messages texts;
  private final String from;

  ProposerMail(Optional<JavaMailSender> sender, Messages texts, String from) {
    this.sender = sender;
    this.texts = texts;
    this.from = from;
  }

  boolean enabled() {
    return sender.isPresent();
  }

  /** Sends a message made of {@code mail.<kind>.subject} and {@code .body}; false when not sent. */
  boolean send(String to, Language language, String kind, Map<String, ?> args) {
    if (sender.isEmpty()) {
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(texts.format(language, "mail." + kind + ".subject", args));
    message.setText(texts.format(language, "mail." + kind + ".body", args));
    try {
      sender.get().send(message);
      return true;
    } catch (MailException e) {
      // Never the address or the text: the type says enough to an operator.
      log.warn("A message to a proposer could not be sent: {}", e.getClass().getSimpleName());
      return false;
    }
  }
}
