package be.dalil.knowledge;

/**
 * How far an in-person organisation may be to be recommended, per region of the user's place:
 * farther ones are never shown (people go to their own region's services instead).
 */
public record SearchSettings(double brusselsRadiusKm, double flandersRadiusKm,
    double walloniaRadiusKm) {

  public SearchSettings {
    if (!(brusselsRadiusKm > 0 && flandersRadiusKm > 0 && walloniaRadiusKm > 0)) {
      throw new IllegalArgumentException("radii must be positive");
    }
  }

  /** About 10 km in Brussels (dense, good transport), 25 km in Flanders and Wallonia. */
  public static SearchSettings defaults() {
    return new SearchSettings(10, 25, 25);
  }

  public double radiusKm(Region region) {
    return switch (region) {
      case BRUSSELS -> brusselsRadiusKm;
      case FLANDERS -> flandersRadiusKm;
      case WALLONIA -> walloniaRadiusKm;
    };
  }
}
