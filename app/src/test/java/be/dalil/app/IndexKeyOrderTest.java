package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexKeyOrderTest {

  @Property(tries = 3000, seed = "20261202")
  void ordersKeysExactlyAsH2DoesBySerialising(@ForAll("keys") Object a, @ForAll("keys") Object b) {
    KeyValue ka = new KeyValue(a);
    KeyValue kb = new KeyValue(b);
    assertThat(Integer.signum(new IndexKeyOrder().compare(ka, kb)))
        .isEqualTo(Integer.signum(new ObjectDataType().compare(ka, kb)));
  }

  @Provide
  Arbitrary<Object> keys() {
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'f').numeric().ofMinLength(30)
        .ofMaxLength(37);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(ascii, ids, any, Arbitraries.longs().map(Object.class::cast));
  }

  @Test
  void aFileWrittenInOneOrderIsReadInTheOther(@TempDir Path dir) {
    String file = dir.resolve("keys.mv").toString();
    List<String> ids = List.of("b", "a", "tg-12", "tg-9", "web-3f2a", "web-3f2b", "z", "é", "");
    try (MVStore store = MVStore.open(file)) {
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      ids.forEach(id -> map.put(new KeyValue(id), id.length()));
      store.commit();
    }
    try (MVStore store = MVStore.open(file)) {
      IndexKeyOrder.openIndexMaps(store, List.of());
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      assertThat(map.getKeyType()).isInstanceOf(IndexKeyOrder.class);
      ids.forEach(id -> assertThat(map.get(new KeyValue(id))).isEqualTo(id.length()));
      map.put(new KeyValue("tg-10"), 5);
      store.commit();
    }
    try (MVStore store = MVStore.open(file)) {
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      assertThat(map.get(new KeyValue("tg-10"))).isEqualTo(5);
      ids.forEach(id -> assertThat(map.get(new KeyValue(id))).isEqualTo(id.length()));
    }
  }
}
