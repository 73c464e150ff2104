package be.dalil.web.listings;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.listing.ListingVersion;
import be.dalil.knowledge.listing.Listings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' review queue: each proposal beside the current listing, approve (published at
 * once), reject with a reason for the proposer, and every version of a listing with revert. Only
 * signed-in editors reach it (its path is under the editors' security).
 */
@RestController
@RequestMapping("/api/v1/editor")
class ReviewController {

  private final Listings listings;
  private final ProposerMail mail;

  ReviewController(Listings listings, ProposerMail mail) {
    this.listings = listings;
    this.mail = mail;
  }

  record Change(String field, String before, String after) {}

  record Item(String id, String kind, Optional<String> listingId, String name, String language,
      Instant proposedAt, List<Change> changes, ObjectNode proposed,
      Optional<ObjectNode> current) {}

  record Queue(List<Item> proposals) {}

  @GetMapping("/proposals")
  Queue queue() {
    return new Queue(listings.queue().stream().map(r -> new Item(r.proposal().id(),
        r.proposal().kind().name().toLowerCase(java.util.Locale.ROOT), r.proposal().actorId(),
        r.proposed().path("name").asText(""), r.proposal().language().code(),
        r.proposal().createdAt(), r.changes().stream()
            .map(c -> new Change(c.field(), c.before(), c.after())).toList(), r.proposed(),
        r.current())).toList());
  }

  record Decided(String status, String listingId, boolean proposerTold) {}

  @PostMapping("/proposals/{id}/approve")
  Decided approve(@PathVariable String id, Principal editor) {
    Listings.Decision decision = listings.approve(id, editor.getName());
    boolean told = mail.send(decision.email(), decision.proposal().language(), "approved",
        Map.of("name", decision.listingName()));
    return new Decided("approved", decision.listingId(), told);
  }

  record Rejection(String reason) {}

  @PostMapping("/proposals/{id}/reject")
  Decided reject(@PathVariable String id, @RequestBody Rejection body, Principal editor) {
    String reason = body.reason() == null ? "" : body.reason().strip();
    if (reason.isEmpty() || reason.length() > 1000) {
      throw new InvalidRequestException(ErrorCode.INVALID_PARAMETER,
          "reason is required (at most 1000 characters): the proposer reads it.");
    }
    Listings.Decision decision = listings.reject(id, editor.getName(), reason);
    boolean told = mail.send(decision.email(), decision.proposal().language(), "rejected",
        Map.of("name", decision.listingName(), "reason", reason));
    return new Decided("rejected", decision.listingId(), told);
  }

  record Stale(int count, List<Listings.StaleListing> listings) {}

  /** Listings not verified for over a year, oldest first (the first 100). */
  @GetMapping("/stale")
  Stale stale() {
    List<Listings.StaleListing> all = listings.stale();
    return new Stale(all.size(), all.stream().limit(100)
        .map(l -> new Listings.StaleListing(l.id(), l.name(), l.municipality(), "",
            l.lastVerified())).toList());
  }

  record Version(int number, String editor, Instant at, String change) {}

  record History(String listingId, List<Version> versions) {}

  @GetMapping("/listings/{id}/versions")
  History versions(@PathVariable String id) {
    return new History(id, listings.history(id).stream()
        .map(v -> new Version(v.number(), v.editor(), v.at(), v.change())).toList());
  }

  @PostMapping("/listings/{id}/versions/{number}/revert")
  Version revert(@PathVariable String id, @PathVariable int number, Principal editor) {
    ListingVersion v = listings.revert(id, number, editor.getName());
    return new Version(v.number(), v.editor(), v.at(), v.change());
  }
}
