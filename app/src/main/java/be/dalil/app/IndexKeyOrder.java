package be.dalil.app;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's unique-index keys, ordered without serialising them.
 *
 * <p>mongo-java-server keeps each unique index in an H2 map of {@link KeyValue}s, which H2 orders
 * by comparing their Java serialisations: every step of every {@code _id} lookup serialises two
 * keys. Under chat load that was a quarter of all allocation (async-profiler). For a key of one
 * ASCII string, the serialisation is a fixed prefix, the string's length in two bytes, then its
 * characters, so the same order is: shorter first, then character by character. This type
 * answers those keys directly and leaves every other key to H2, so both orders agree on every pair
 * (checked by a test against H2's own comparison) and a file written before reads as it was. It
 * writes keys as {@link CompactRecordType} does. {@link TunedH2Backend} puts it on every unique
 * index.
 */
final class IndexKeyOrder extends CompactRecordType {

  /**
   * Opens the map of a unique index with this order (see {@link TunedH2Backend}); a map already
   * open stays as it is.
   */
  static void open(MVStore store, String name) {
    store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyOrder()));
  }

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof KeyValue ka && b instanceof KeyValue kb && ka.size() == 1 && kb.size() == 1
        && ka.get(0) instanceof String sa && kb.get(0) instanceof String sb
        && plainAscii(sa) && plainAscii(sb)) {
      if (sa.length() != sb.length()) {
        return sa.length() < sb.length() ? -1 : 1;
      }
      return Integer.signum(sa.compareTo(sb));
    }
    return super.compare(a, b);
  }

  /** Characters 1-127, which Java's serialisation writes as one byte each. */
  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || c > 127) {
        return false;
      }
    }
    return true;
  }
}
