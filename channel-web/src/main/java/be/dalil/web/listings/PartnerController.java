package be.dalil.web.listings;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.listing.Listings;
import be.dalil.knowledge.listing.Proposal;
import be.dalil.web.ApiException;
import be.dalil.web.PublicAddress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations keep their own listing ({@code /partners}): find it, propose a change or a new
 * listing, confirm the e-mail address through a signed link. Nothing is published here; editors
 * decide. The chat's limits apply (per-client rate limit, 16 KB body), plus a honeypot field.
 */
@RestController
class PartnerController {

  static final String TEXTS = "i18n/web";
  static final String CONFIRM = "confirm-proposal";
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private final Listings listings;
  private final KnowledgeBase knowledge;
  private final LinkSigner signer;
  private final ProposerMail mail;
  private final PublicAddress address;
  private final ListingsProperties properties;

  PartnerController(Listings listings, KnowledgeBase knowledge, LinkSigner signer,
      ProposerMail mail, PublicAddress address, ListingsProperties properties) {
    this.listings = listings;
    this.knowledge = knowledge;
    this.signer = signer;
    this.mail = mail;
    this.address = address;
    this.properties = properties;
  }

  record Found(String id, String name, String municipality) {}

  record FoundList(List<Found> listings) {}

  /** Listings whose name contains the words typed. */
  @GetMapping("/api/v1/partners/listings")
  FoundList search(@RequestParam(name = "q", defaultValue = "") String q) {
    if (q.length() > 100) {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER, "q is too long.");
    }
    return new FoundList(knowledge.actors().byName(q, 10).stream()
        .map(a -> new Found(a.id(), a.name(), a.municipality())).toList());
  }

  /** A listing as the organisation edits it (the import format). */
  @GetMapping("/api/v1/partners/listings/{id}")
  ObjectNode listing(@PathVariable String id) {
    return listings.current(id).orElseThrow(() ->
        new ApiException(ErrorCode.NOT_FOUND, "No such listing."));
  }

  /**
   * @param record the listing in the import format
   * @param changeOf the listing changed, or absent for a new one
   * @param website2 a field people never see: only robots fill it
   */
  record ProposalRequest(JsonNode record, String changeOf, String email, String language,
      String website2) {}

  record Received(String status) {}

  @PostMapping("/api/v1/partners/proposals")
  ResponseEntity<Received> propose(@RequestBody ProposalRequest body,
      HttpServletRequest request) {
    Language language = Language.fromStrictCode(body.language()).orElseThrow(() ->
        new InvalidRequestException(ErrorCode.UNKNOWN_LANGUAGE,
            "language must be one of ar, en, fr, nl."));
    String email = body.email() == null ? "" : body.email().strip();
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER,
          "email must be an e-mail address.");
    }
    if (body.record() == null || !body.record().isObject()) {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER,
          "record must be a listing (a JSON object).");
    }
    Received received = new Received("confirm_email");
    if (body.website2() != null && !body.website2().isBlank()) {
      // A robot: it is told what a person is told, and nothing is kept.
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(received);
    }
    if (!mail.enabled()) {
      throw new ApiException(ErrorCode.MAIL_UNAVAILABLE,
          "Proposals need e-mail, which is not set up here yet.");
    }
    Proposal proposal = listings.propose(body.record(), Optional.ofNullable(body.changeOf())
        .filter(s -> !s.isBlank()), email, language);
    String link = address.base(request) + "/partners/confirm?token="
        + signer.sign(CONFIRM, proposal.id(), properties.confirmationLinkLifetime());
    String name = body.record().path("name").asText("");
    if (!mail.send(email, language, "confirm", Map.of("name", name, "link", link,
        "days", properties.confirmationLinkLifetime().toDays()))) {
      throw new ApiException(ErrorCode.MAIL_UNAVAILABLE,
          "The confirmation message could not be sent. Please try again later.");
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(received);
  }

  /** The link in the yearly message: the page asks whether the listing is still right. */
  @GetMapping("/partners/check")
  ResponseEntity<Void> check(@RequestParam(name = "token", defaultValue = "") String token) {
    boolean valid = signer.verify(FreshnessReminders.CHECK, token).isPresent();
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(valid
        ? "/partners?check=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)
        : "/partners?linkExpired")).build();
  }

  record CheckRequest(String token) {}

  record Checked(String listingId, String name) {}

  /** Which listing a yearly link is about (the page shows it before the organisation answers). */
  @GetMapping("/api/v1/partners/check")
  Checked checked(@RequestParam(name = "token", defaultValue = "") String token) {
    String id = signer.verify(FreshnessReminders.CHECK, token).orElseThrow(() ->
        new ApiException(ErrorCode.NOT_FOUND, "This link does not work any more."));
    return new Checked(id, knowledge.actors().byId(id).map(a -> a.name()).orElse(""));
  }

  /** "Yes, it is still right": the listing is marked verified this year. */
  @PostMapping("/api/v1/partners/check")
  Checked confirmStillRight(@RequestBody CheckRequest body) {
    Checked checked = checked(body.token() == null ? "" : body.token());
    listings.confirmStillRight(checked.listingId());
    return checked;
  }

  /** The link in the confirmation message: the proposal joins the editors' queue. */
  @GetMapping("/partners/confirm")
  ResponseEntity<Void> confirm(@RequestParam(name = "token", defaultValue = "") String token) {
    boolean confirmed = signer.verify(CONFIRM, token).flatMap(listings::confirm).isPresent();
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(confirmed ? "/partners?confirmed" : "/partners?linkExpired"))
        .build();
  }
}
