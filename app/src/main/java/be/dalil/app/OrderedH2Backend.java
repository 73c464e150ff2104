package be.dalil.app;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend whose unique indexes are ordered by {@link IndexKeyOrder}: each
 * index map is opened with that order just before mongo-java-server opens it by name and finds it
 * open, whether the collection is new or already in the file.
 */
final class OrderedH2Backend extends H2Backend {

  OrderedH2Backend(MVStore store) {
    super(store);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new OrderedDatabase(databaseName);
  }

  /** Inner, not static: the superclass constructor already opens indexes through it. */
  private final class OrderedDatabase extends H2Database {

    OrderedDatabase(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
        List<IndexKey> keys, boolean sparse) {
      IndexKeyOrder.open(getMvStore(),
          getFullCollectionNamespace(collectionName) + "._index_" + indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }
}
