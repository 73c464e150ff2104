package be.dalil.app;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its maps opened on Dalil's types: unique indexes ordered by
 * {@link IndexKeyOrder}, documents written by {@link CompactRecordType}. Each map is opened with
 * its type just before mongo-java-server opens it by name and finds it open, whether the
 * collection is new or already in the file. Every command that may write holds the store's
 * {@link CommitGate} shared, so that no commit lands in its middle ({@link EmbeddedStore}).
 */
final class TunedH2Backend extends H2Backend {

  /** mongo-java-server's name prefix of a collection's documents (package-private there). */
  static final String DOCUMENTS_PREFIX = "databases.";
  /** mongo-java-server's name prefix of a collection's metadata (package-private there). */
  private static final String META_PREFIX = "meta.";

  /** Commands that only read (lower case): they need not keep commits out. */
  private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct",
      "listcollections", "listindexes", "listdatabases", "killcursors", "endsessions", "ping",
      "hello", "ismaster", "buildinfo", "whatsmyuri", "serverstatus", "dbstats", "collstats",
      "explain", "getparameter", "getlasterror", "connectionstatus", "getcmdlineopts");

  private final CommitGate gate;

  TunedH2Backend(MVStore store, CommitGate gate) {
    super(store);
    this.gate = gate;
  }

  @Override
  public Document handleCommand(Channel channel, String databaseName, String command,
      Document query) {
    if (READS.contains(command.toLowerCase(Locale.ROOT))) {
      return super.handleCommand(channel, databaseName, command, query);
    }
    return gate.write(() -> super.handleCommand(channel, databaseName, command, query));
  }

  /** Between write commands only, like every commit of the store. */
  @Override
  public void commit() {
    gate.alone(super::commit);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new TunedDatabase(databaseName);
  }

  /** Inner, not static: the superclass constructor already opens collections through it. */
  private final class TunedDatabase extends H2Database {

    TunedDatabase(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
        List<IndexKey> keys, boolean sparse) {
      IndexKeyOrder.open(getMvStore(),
          getFullCollectionNamespace(collectionName) + "._index_" + indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    /** mongo-java-server's collection with {@link ReplacingCollection}'s changes. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName,
        CollectionOptions options) {
      String name = getFullCollectionNamespace(collectionName);
      MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS_PREFIX + name,
          new MVMap.Builder<Object, Document>().valueType(new CompactRecordType()));
      MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + name);
      return new ReplacingCollection(this, collectionName, options, documents, meta,
          getCursorRegistry());
    }
  }

  /**
   * mongo-java-server's collection with two changes.
   *
   * <p>It no longer keeps its data size: that took two BSON encodings of the document and a write
   * of the collection's metadata at every update (about 4% of a conversation's save on the
   * server, 0.4% of the chat's CPU under load), for a figure only collStats reports.
   *
   * <p>A replacement of one document by its string {@code _id} (what every conversation save is)
   * takes a short path when the only real index is the {@code _id} index: the document is
   * replaced in its map in one step, keyed by that {@code _id} as mongo-java-server keys it. The
   * general path matches the filter against the stored document through a stream, clones it
   * deeply, computes the {@code _id} index's keys of both versions twice and looks the document
   * up again (about half of the server's CPU for a conversation save). Anything else (operators,
   * another {@code _id} in the replacement, a document not yet stored, other unique indexes)
   * takes the general path, so results and errors stay mongo-java-server's own. One difference,
   * towards MongoDB: the replaced document keeps the replacement's order of fields, as MongoDB's
   * does, where mongo-java-server keeps the order of the document it replaces.
   */
  private static final class ReplacingCollection extends H2Collection {

    private static final String ID = "_id";
    private final MVMap<Object, Document> documents;

    ReplacingCollection(MongoDatabase database, String collectionName, CollectionOptions options,
        MVMap<Object, Document> documents, MVMap<String, Object> meta,
        CursorRegistry cursorRegistry) {
      super(database, collectionName, options, documents, meta, cursorRegistry);
      this.documents = documents;
    }

    @Override
    protected boolean tracksDataSize() {
      return false;
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update,
        ArrayFilters arrayFilters, boolean isMulti, boolean isUpsert, Oplog oplog) {
      if (isMulti || !arrayFilters.isEmpty() || !replacesById(selector, update)
          || !onlyTheIdIsIndexed()) {
        return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
      }
      Object id = selector.get(ID);
      // As mongo-java-server builds a replacement: the _id first, then the replacement's fields.
      Document replacement = new Document(ID, id);
      update.forEach((key, value) -> {
        if (!key.equals(ID)) {
          replacement.put(key, value);
        }
      });
      Document previous = documents.replace(id, replacement);
      if (previous == null) {
        return super.updateDocuments(selector, update, arrayFilters, false, isUpsert, oplog);
      }
      boolean modified = !previous.equals(replacement);
      oplog.handleUpdate(getFullName(), selector, update, modified ? List.of(id) : List.of());
      Document result = new Document();
      result.put("n", 1);
      result.put("nModified", modified ? 1 : 0);
      return result;
    }

    /** A filter on a string _id alone, and a whole document (no operator) with no other _id. */
    private static boolean replacesById(Document selector, Document update) {
      if (selector.size() != 1 || !(selector.get(ID) instanceof String id)) {
        return false;
      }
      for (Map.Entry<String, Object> field : update.entrySet()) {
        if (field.getKey().startsWith("$")
            || field.getKey().equals(ID) && !id.equals(field.getValue())) {
          return false;
        }
      }
      return true;
    }

    /** The _id index and indexes mongo-java-server does not keep (it ignores non-unique ones). */
    private boolean onlyTheIdIsIndexed() {
      for (Index<Object> index : getIndexes()) {
        boolean isId = index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID);
        if (!isId && !(index instanceof EmptyIndex)) {
          return false;
        }
      }
      return true;
    }
  }
}
