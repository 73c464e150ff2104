package be.dalil.knowledge.listing;

import be.dalil.i18n.Language;
import java.time.Instant;
import java.util.Optional;

/**
 * A listing an organisation proposed: a new one, or a change to its existing one. Nothing of it
 * is published until an editor approves it.
 *
 * @param record the proposed record, JSON in the import format
 * @param actorId the listing it changes; empty for a new listing
 * @param email the proposer's address: kept while the proposal is open, erased once decided
 * @param language the language the proposer wrote in, for the messages sent to them
 */
public record Proposal(String id, Kind kind, Optional<String> actorId, String record,
    String email, Language language, Status status, Instant createdAt,
    Optional<Instant> decidedAt, Optional<String> decidedBy, Optional<String> reason) {

  /** What is proposed. */
  public enum Kind { NEW, CHANGE }

  /** Where a proposal stands. */
  public enum Status {
    /** Waiting for the proposer to confirm the e-mail address. */
    UNCONFIRMED,
    /** In the editors' queue. */
    OPEN,
    APPROVED,
    REJECTED
  }

  Proposal with(Status next) {
    return new Proposal(id, kind, actorId, record, email, language, next, createdAt, decidedAt,
        decidedBy, reason);
  }

  Proposal decided(Status decision, String editor, Optional<String> why, Instant at) {
    return new Proposal(id, kind, actorId, record, "", language, decision, createdAt,
        Optional.of(at), Optional.of(editor), why);
  }
}
