package be.dalil.web.listings;

import be.dalil.i18n.Language;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.listing.Listings;
import be.dalil.web.WebProperties;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a year, each organisation whose listing was not verified for over a year is asked, by
 * e-mail, whether it is still right: a signed link lets it confirm (the listing is marked
 * verified) or propose a change. Off unless {@code dalil.listings.yearly-reminders} is on, since
 * it writes to every organisation of the shipped data; a limited number a day.
 */
@Component
public class FreshnessReminders {

  static final String CHECK = "check-listing";
  static final Duration LINK_LIFETIME = Duration.ofDays(30);
  private static final Logger log = LoggerFactory.getLogger(FreshnessReminders.class);

  private final Listings listings;
  private final KnowledgeBase knowledge;
  private final LinkSigner signer;
  private final ProposerMail mail;
  private final ListingsProperties properties;
  private final WebProperties web;

  FreshnessReminders(Listings listings, KnowledgeBase knowledge, LinkSigner signer,
      ProposerMail mail, ListingsProperties properties, WebProperties web) {
    this.listings = listings;
    this.knowledge = knowledge;
    this.signer = signer;
    this.mail = mail;
    this.properties = properties;
    this.web = web;
  }

  @Scheduled(cron = "${dalil.listings.reminder-cron:0 0 10 * * MON-FRI}")
  void daily() {
    if (properties.yearlyReminders()) {
      send();
    }
  }

  /** Sends today's reminders; returns how many went out. */
  public int send() {
    if (!mail.enabled() || web.publicBaseUrl().isBlank()) {
      log.warn("Yearly listing reminders need SMTP and DALIL_PUBLIC_BASE_URL; none sent");
      return 0;
    }
    int sent = 0;
    for (Listings.StaleListing listing : listings.dueReminders(properties.remindersPerDay())) {
      String link = web.publicBaseUrl().replaceFirst("/+$", "") + "/partners/check?token="
          + signer.sign(CHECK, listing.id(), LINK_LIFETIME);
      if (mail.send(listing.email(), languageOf(listing), "reminder",
          Map.of("name", listing.name(), "link", link, "year", listing.lastVerified()))) {
        sent++;
      }
    }
    if (sent > 0) {
      log.info("Asked {} organisations whether their listing is still right", sent);
    }
    return sent;
  }

  /** The language of the local desks: Dutch in Flanders, French elsewhere. */
  private Language languageOf(Listings.StaleListing listing) {
    return knowledge.places().byExactName(listing.municipality())
        .filter(p -> p.region() == Region.FLANDERS).isPresent() ? Language.NL : Language.FR;
  }
}
