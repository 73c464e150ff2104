package be.dalil.knowledge;

import java.util.Locale;
import java.util.Optional;

/** How far an actor's help reaches. */
public enum Scope {
  LOCAL,
  REGIONAL,
  NATIONAL,
  ONLINE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Scope> fromId(String id) {
    for (Scope scope : values()) {
      if (scope.id().equals(id)) {
        return Optional.of(scope);
      }
    }
    return Optional.empty();
  }

  /** Helps wherever the user is: recommended when nothing is near. */
  public boolean isEverywhere() {
    return this == NATIONAL || this == ONLINE;
  }
}
