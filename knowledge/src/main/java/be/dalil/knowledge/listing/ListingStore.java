package be.dalil.knowledge.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where proposals and listing versions are kept. Every write is durable when it returns (an
 * approval is acknowledged to the editor). Implementations: in memory (tests), MongoDB.
 */
public interface ListingStore {

  /** Creates or replaces a proposal. */
  void save(Proposal proposal);

  Optional<Proposal> proposal(String id);

  /** Proposals in a status, oldest first. */
  List<Proposal> proposals(Proposal.Status status);

  /** Deletes unconfirmed proposals made before {@code at}; returns how many. */
  long deleteUnconfirmedBefore(Instant at);

  /** Adds a version; its number is the next after the listing's last one. */
  void add(ListingVersion version);

  /** Every version of a listing, oldest first. */
  List<ListingVersion> versions(String actorId);

  /** When the organisation of a listing was last asked whether it is still right. */
  Optional<Instant> lastReminder(String actorId);

  void recordReminder(String actorId, Instant at);

  static ListingStore inMemory() {
    return new InMemoryListingStore();
  }
}
