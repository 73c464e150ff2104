package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeoHashTest {

  @Test
  void encodesKnownPoints() {
    // The worked example of the geohash article (Wikipedia, "Geohash"): 57.64911, 10.40744.
    assertThat(GeoHash.encode(new GeoPoint(57.64911, 10.40744), 11)).isEqualTo("u4pruydqqvj");
    assertThat(GeoHash.encode(new GeoPoint(57.64911, 10.40744), 5)).isEqualTo("u4pru");
  }

  @Test
  void cellsOfAPointArePrefixesOfEachOther() {
    var cells = GeoHash.cellsOf(new GeoPoint(51.05, 3.7167));
    assertThat(cells).hasSize(3);
    assertThat(cells.get(0)).startsWith(cells.get(1));
    assertThat(cells.get(1)).startsWith(cells.get(2));
  }

  @Test
  void neighboursSurroundThePoint() {
    GeoPoint ghent = new GeoPoint(51.05, 3.7167);
    var around = GeoHash.cellAndNeighbours(ghent, 5);
    assertThat(around).hasSize(9).contains(GeoHash.encode(ghent, 5));
    // A point 3 km away is always inside the 3x3 block at precision 5.
    GeoPoint near = new GeoPoint(51.05 + 0.027, 3.7167);
    assertThat(ghent.distanceKm(near)).isBetween(2.9, 3.1);
    assertThat(around).contains(GeoHash.encode(near, 5));
  }
}
