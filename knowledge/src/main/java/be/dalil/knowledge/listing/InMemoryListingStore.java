package be.dalil.knowledge.listing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ListingStore} in maps. */
final class InMemoryListingStore implements ListingStore {

  private final Map<String, Proposal> proposals = new LinkedHashMap<>();
  private final List<ListingVersion> versions = new ArrayList<>();
  private final Map<String, Instant> reminders = new LinkedHashMap<>();

  @Override
  public synchronized void save(Proposal proposal) {
    proposals.put(proposal.id(), proposal);
  }

  @Override
  public synchronized Optional<Proposal> proposal(String id) {
    return Optional.ofNullable(proposals.get(id));
  }

  @Override
  public synchronized List<Proposal> proposals(Proposal.Status status) {
    return proposals.values().stream().filter(p -> p.status() == status)
        .sorted(Comparator.comparing(Proposal::createdAt)).toList();
  }

  @Override
  public synchronized long deleteUnconfirmedBefore(Instant at) {
    int before = proposals.size();
    proposals.values().removeIf(p -> p.status() == Proposal.Status.UNCONFIRMED
        && p.createdAt().isBefore(at));
    return before - proposals.size();
  }

  @Override
  public synchronized void add(ListingVersion version) {
    versions.add(version);
  }

  @Override
  public synchronized List<ListingVersion> versions(String actorId) {
    return versions.stream().filter(v -> v.actorId().equals(actorId))
        .sorted(Comparator.comparingInt(ListingVersion::number)).toList();
  }

  @Override
  public synchronized Optional<Instant> lastReminder(String actorId) {
    return Optional.ofNullable(reminders.get(actorId));
  }

  @Override
  public synchronized void recordReminder(String actorId, Instant at) {
    reminders.put(actorId, at);
  }
}
