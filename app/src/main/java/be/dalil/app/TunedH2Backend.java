package be.dalil.app;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its maps opened on Dalil's types: unique indexes ordered by
 * {@link IndexKeyOrder}, documents written by {@link CompactRecordType}. Each map is opened with
 * its type just before mongo-java-server opens it by name and finds it open, whether the
 * collection is new or already in the file.
 */
final class TunedH2Backend extends H2Backend {

  /** mongo-java-server's name prefix of a collection's documents (package-private there). */
  static final String DOCUMENTS_PREFIX = "databases.";

  TunedH2Backend(MVStore store) {
    super(store);
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

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName,
        CollectionOptions options) {
      getMvStore().openMap(DOCUMENTS_PREFIX + getFullCollectionNamespace(collectionName),
          new MVMap.Builder<Object, Document>().valueType(new CompactRecordType()));
      return super.openOrCreateCollection(collectionName, options);
    }
  }
}
