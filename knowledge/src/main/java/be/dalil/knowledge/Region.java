package be.dalil.knowledge;

import java.util.Locale;
import java.util.Optional;

/** Belgian regions; integration rules differ between Brussels and Flanders. */
public enum Region {
  BRUSSELS,
  FLANDERS,
  WALLONIA;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Region> fromId(String id) {
    for (Region region : values()) {
      if (region.id().equals(id)) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }
}
