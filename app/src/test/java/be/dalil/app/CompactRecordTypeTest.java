package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

class CompactRecordTypeTest {

  private final CompactRecordType type = new CompactRecordType();

  @Property(tries = 1000, seed = "20261203")
  void everyDocumentComesBackEqualWithValuesOfTheSameClasses(@ForAll("documents") Document doc) {
    Object back = roundTrip(type, doc);
    assertThat(back).isEqualTo(doc);
    assertThat(classesOf(back)).isEqualTo(classesOf(doc));
  }

  @Test
  void aConversationTakesAFractionOfItsJavaSerialisation() {
    Document conversation = new Document("_id", "web-4f1c2a9e-0b7d-4c55-9a1e-2f0c7d9b8e61")
        .append("language", "fr").append("languageChosen", false)
        .append("updatedAt", Instant.parse("2026-12-03T05:00:00Z"))
        .append("expiresAt", Instant.parse("2027-01-02T05:00:00Z"))
        .append("place", new Document("municipality", "21001").append("postcode", "1070")
            .append("lat", 50.8333).append("lon", 4.3).append("exact", true))
        .append("topic", "find_doctor");
    int compact = written(type, conversation).remaining();
    int serialised = written(new ObjectDataType(), conversation).remaining();
    assertThat(compact).isLessThan(serialised / 2);
    assertThat(roundTrip(type, conversation)).isEqualTo(conversation);
  }

  @Test
  void aRecordWrittenBySerialisationIsStillRead() {
    Document doc = new Document("_id", "tg-1").append("n", 3L);
    assertThat(type.read(written(new ObjectDataType(), doc))).isEqualTo(doc);
    KeyValue key = new KeyValue("tg-1");
    assertThat(type.read(written(new ObjectDataType(), key))).isEqualTo(key);
  }

  @Test
  void aDocumentBsonCannotCarryExactlyIsSerialisedAsBefore() {
    Document withFloat = new Document("_id", "x").append("f", 1.5f)
        .append("at", Instant.ofEpochSecond(1, 123));
    assertThat(written(type, withFloat).get(0) & 0xff)
        .isNotEqualTo(CompactRecordType.TAG_BSON_DOCUMENT);
    assertThat(roundTrip(type, withFloat)).isEqualTo(withFloat);
  }

  @Test
  void indexKeysOfOneStringAreWrittenAsTheString() {
    KeyValue key = new KeyValue("web-é-3f2a");
    assertThat(written(type, key).get(0) & 0xff).isEqualTo(CompactRecordType.TAG_STRING_KEY);
    assertThat(roundTrip(type, key)).isEqualTo(key);
    KeyValue pair = new KeyValue("a", 1);
    assertThat(roundTrip(type, pair)).isEqualTo(pair);
  }

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<Object> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(Object.class::cast),
        Arbitraries.integers().map(Object.class::cast),
        Arbitraries.longs().map(Object.class::cast),
        Arbitraries.doubles().map(Object.class::cast),
        Arbitraries.of(true, false).map(Object.class::cast),
        Arbitraries.longs().between(0, 4_000_000_000_000L).map(Instant::ofEpochMilli)
            .map(Object.class::cast),
        Arbitraries.just(new ObjectId()).map(Object.class::cast),
        Arbitraries.just(null));
    Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> nested = Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1)
        .ofMaxLength(8), leaf).ofMaxSize(4).map(m -> (Object) new Document(m));
    return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
        Arbitraries.oneOf(leaf, list, nested)).ofMaxSize(8).map(Document::new);
  }

  private static Object roundTrip(ObjectDataType type, Object value) {
    return type.read(written(type, value));
  }

  private static ByteBuffer written(ObjectDataType type, Object value) {
    WriteBuffer buffer = new WriteBuffer();
    type.write(buffer, value);
    ByteBuffer bytes = buffer.getBuffer();
    bytes.flip();
    return bytes;
  }

  /** The value's classes, nested, so that 1 and 1L differ. */
  private static Object classesOf(Object value) {
    if (value instanceof java.util.Map<?, ?> map) {
      List<Object> out = new ArrayList<>();
      map.forEach((k, v) -> out.add(List.of(k, String.valueOf(classesOf(v)))));
      return out;
    }
    if (value instanceof List<?> l) {
      return l.stream().map(v -> String.valueOf(classesOf(v))).toList();
    }
    return value == null ? "null" : value.getClass().getName();
  }
}
