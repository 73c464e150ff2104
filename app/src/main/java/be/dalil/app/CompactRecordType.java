package be.dalil.app;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server's records are written to its file: mongo-java-server's documents as
 * BSON, and index keys of one string as that string, instead of H2's Java serialisation.
 *
 * <p>Why: H2 reads a whole page at a time, so every conversation upsert that misses the page cache
 * Java-deserialises a few dozen documents (ObjectInputStream, class descriptors and all) to use
 * one. Under chat load that was a tenth of the CPU and much of the garbage (async-profiler,
 * docs/benchmarks/load.txt). BSON is what the same documents are on the wire.
 *
 * <p>Each record starts with a tag H2's own type never writes, so a file written before (Java
 * serialisation) is read as it is and converted record by record as pages are rewritten. The way
 * back is closed: mongo-java-server's own backend cannot read the new records. A document BSON
 * cannot carry exactly (a value of a type the wire never gives, such as a {@code Float}) is
 * still serialised by H2.
 */
class CompactRecordType extends ObjectDataType {

  /** Tags 120 and up are unused by {@link ObjectDataType} (its highest is 104 + 15). */
  static final int TAG_BSON_DOCUMENT = 120;
  static final int TAG_STRING_KEY = 121;

  @Override
  public void write(WriteBuffer buff, Object obj) {
    if (obj instanceof Document document && document.getClass() == Document.class
        && encodable(document)) {
      ByteBuf bson = Unpooled.buffer(256);
      try {
        BsonEncoder.encodeDocument(document, bson);
        buff.put((byte) TAG_BSON_DOCUMENT).put(bson.array(), bson.arrayOffset(),
            bson.readableBytes());
      } finally {
        bson.release();
      }
      return;
    }
    if (obj instanceof KeyValue key && key.size() == 1 && key.get(0) instanceof String s) {
      buff.put((byte) TAG_STRING_KEY).putVarInt(s.length()).putStringData(s, s.length());
      return;
    }
    super.write(buff, obj);
  }

  @Override
  public Object read(ByteBuffer buff) {
    int tag = buff.get(buff.position()) & 0xff;
    if (tag == TAG_BSON_DOCUMENT) {
      buff.get();
      ByteBuf in = Unpooled.wrappedBuffer(buff);
      Document document = BsonDecoder.decodeBson(in);
      buff.position(buff.position() + in.readerIndex());
      return document;
    }
    if (tag == TAG_STRING_KEY) {
      buff.get();
      return new KeyValue(DataUtils.readString(buff, DataUtils.readVarInt(buff)));
    }
    return super.read(buff);
  }

  /**
   * About the heap a record takes once read (the page cache counts this): H2's estimate for a
   * serialised object is twice a running average of serialised sizes, which no longer exists.
   */
  @Override
  public int getMemory(Object obj) {
    if (obj instanceof Document document) {
      return heapSize(document);
    }
    if (obj instanceof KeyValue key && key.size() == 1 && key.get(0) instanceof String s) {
      return 64 + 2 * s.length();
    }
    return super.getMemory(obj);
  }

  private static int heapSize(Object value) {
    if (value instanceof Map<?, ?> map) {
      int size = 64;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        size += 48 + heapSize(e.getKey()) + heapSize(e.getValue());
      }
      return size;
    }
    if (value instanceof Collection<?> values) {
      int size = 40;
      for (Object v : values) {
        size += 8 + heapSize(v);
      }
      return size;
    }
    if (value instanceof String s) {
      return 48 + 2 * s.length();
    }
    return 24;
  }

  /**
   * Whether BSON gives back exactly this document: every value is of a type the wire decoder
   * returns (so a round trip yields equal objects of the same classes), and no name holds the
   * character that ends a BSON name.
   */
  static boolean encodable(Map<?, ?> document) {
    for (Map.Entry<?, ?> e : document.entrySet()) {
      if (!(e.getKey() instanceof String name) || name.indexOf('\0') >= 0
          || !encodableValue(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean encodableValue(Object value) {
    if (value == null || value instanceof String || value instanceof Integer
        || value instanceof Long || value instanceof Double || value instanceof Boolean
        || value instanceof ObjectId) {
      return true;
    }
    if (value instanceof Instant instant) {
      return instant.getNano() % 1_000_000 == 0;
    }
    if (value instanceof Document nested) {
      return nested.getClass() == Document.class && encodable(nested);
    }
    if (value instanceof ArrayList<?> list) {
      for (Object v : list) {
        if (!encodableValue(v)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
