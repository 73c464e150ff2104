package be.dalil.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How an actor record reached the knowledge base. */
public enum Origin {
  /** The data files shipped in the jar. */
  SEED,
  /** The import endpoint. */
  IMPORT,
  /**
   * An editor approved a change proposed by the organisation, or reverted to an earlier version:
   * it overrides the shipped record, which a new seed no longer writes over.
   */
  EDITED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Origin> fromId(String id) {
    for (Origin origin : values()) {
      if (origin.id().equals(id)) {
        return Optional.of(origin);
      }
    }
    return Optional.empty();
  }
}
