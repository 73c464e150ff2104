package be.dalil.knowledge;

/** A WGS84 point. */
public record GeoPoint(double lat, double lon) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!Double.isFinite(lat) || !Double.isFinite(lon) || lat < -90 || lat > 90 || lon < -180
        || lon > 180) {
      throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
          "Coordinates must be lat -90..90 and lon -180..180.");
    }
  }

  /** Great-circle distance (haversine). */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.lat - lat);
    double dLon = Math.toRadians(other.lon - lon);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat))
        * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Inside Belgium's bounding box (with a small margin). */
  public boolean isInBelgium() {
    return lat >= 49.49 && lat <= 51.51 && lon >= 2.54 && lon <= 6.41;
  }
}
