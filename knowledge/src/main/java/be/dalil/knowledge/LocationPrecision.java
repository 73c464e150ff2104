package be.dalil.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Where an actor's coordinates come from: the record itself, or the centre of a larger area. */
public enum LocationPrecision {
  /** Coordinates given in the record. */
  GIVEN,
  /** The centre of the actor's municipality (or postcode). */
  MUNICIPALITY,
  /** The capital of the actor's province. */
  PROVINCE,
  /** No location (national and online actors). */
  NONE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LocationPrecision> fromId(String id) {
    for (LocationPrecision precision : values()) {
      if (precision.id().equals(id)) {
        return Optional.of(precision);
      }
    }
    return Optional.empty();
  }

  /** Distances to such an actor are between area centres, not exact. */
  public boolean approximate() {
    return this != GIVEN;
  }
}
