package be.dalil.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An actor as the knowledge base keeps it: the record, the precision of its location, where it
 * came from and when it was last written.
 */
public record StoredActor(Actor actor, LocationPrecision precision, Origin origin,
    Instant updatedAt) {

  public String id() {
    return actor.id();
  }

  /** Ended projects are kept but never recommended. */
  public boolean active() {
    return !actor.hasEnded();
  }

  /**
   * The keys a search looks up ({@code "<topic>|<geohash cell>"}, {@code "<topic>|area"},
   * {@code "<topic>|office:<municipality>"}); a store indexes them (see
   * {@link ActorFilter#anyOfKeys}).
   */
  public List<String> searchKeys() {
    return SearchKeys.of(this);
  }
}
