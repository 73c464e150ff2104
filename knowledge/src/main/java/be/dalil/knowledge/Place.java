package be.dalil.knowledge;

/**
 * Where the user is or asks about: a municipality, a postcode and a point. The point is the
 * shared location when there is one, else the municipality's centre.
 */
public record Place(Municipality municipality, String postcode, GeoPoint point, boolean exact) {

  /** A municipality as a place: its main postcode and its centre. */
  public static Place centreOf(Municipality m) {
    return new Place(m, m.mainPostcode().orElse(""), m.centre(), false);
  }

  public Region region() {
    return municipality.region();
  }
}
