package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Geohash cells. Actors store the cells that contain them at a few precisions, so that "near X"
 * is an indexed {@code $in} over the 3x3 cells around X on any MongoDB-compatible server (the
 * embedded one has no {@code $near}); the candidates are then ranked by exact distance.
 */
final class GeoHash {

  static final double KM_PER_DEGREE = 111.2;
  private static final char[] BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz".toCharArray();

  /** Precisions used: 5 is about 4.9 x 4.9 km, 4 about 39 x 20 km, 3 about 156 x 156 km. */
  static final int[] PRECISIONS = {5, 4, 3};

  private GeoHash() {}

  static String encode(GeoPoint point, int precision) {
    double minLat = -90;
    double maxLat = 90;
    double minLon = -180;
    double maxLon = 180;
    StringBuilder hash = new StringBuilder(precision);
    boolean even = true;
    int bit = 0;
    int ch = 0;
    while (hash.length() < precision) {
      if (even) {
        double mid = (minLon + maxLon) / 2;
        if (point.lon() >= mid) {
          ch |= 1 << (4 - bit);
          minLon = mid;
        } else {
          maxLon = mid;
        }
      } else {
        double mid = (minLat + maxLat) / 2;
        if (point.lat() >= mid) {
          ch |= 1 << (4 - bit);
          minLat = mid;
        } else {
          maxLat = mid;
        }
      }
      even = !even;
      if (bit < 4) {
        bit++;
      } else {
        hash.append(BASE32[ch]);
        bit = 0;
        ch = 0;
      }
    }
    return hash.toString();
  }

  /** The cell of the point and its eight neighbours at that precision. */
  static Set<String> cellAndNeighbours(GeoPoint point, int precision) {
    double[] size = cellSize(precision);
    Set<String> cells = new LinkedHashSet<>();
    for (int dLat = -1; dLat <= 1; dLat++) {
      for (int dLon = -1; dLon <= 1; dLon++) {
        double lat = Math.max(-90, Math.min(90, point.lat() + dLat * size[0]));
        double lon = point.lon() + dLon * size[1];
        if (lon > 180) {
          lon -= 360;
        } else if (lon < -180) {
          lon += 360;
        }
        cells.add(encode(new GeoPoint(lat, lon), precision));
      }
    }
    return cells;
  }

  /** Cell height and width in degrees. */
  static double[] cellSize(int precision) {
    int bits = precision * 5;
    int lonBits = (bits + 1) / 2;
    int latBits = bits / 2;
    return new double[] {180.0 / (1L << latBits), 360.0 / (1L << lonBits)};
  }

  /** The cells of a point at every precision we index. */
  static List<String> cellsOf(GeoPoint point) {
    List<String> cells = new ArrayList<>(PRECISIONS.length);
    for (int precision : PRECISIONS) {
      cells.add(encode(point, precision));
    }
    return cells;
  }
}
