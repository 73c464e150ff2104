package be.dalil.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How an actor record reached the knowledge base. */
public enum Origin {
  /** The data files shipped in the jar. */
  SEED,
  /** The import endpoint. */
  IMPORT;

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
