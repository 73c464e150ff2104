package be.dalil.knowledge.mongo;

import be.dalil.knowledge.listing.ListingStore;
import be.dalil.knowledge.listing.ListingsTest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;

/** The same proposals and versions, kept on a wire-protocol server through the real driver. */
class MongoListingStoreTest extends ListingsTest {

  private MongoServer server;
  private MongoClient client;

  @Override
  protected ListingStore newStore() {
    server = new MongoServer(new MemoryBackend());
    var address = server.bind();
    client = MongoClients.create("mongodb://" + address.getHostString() + ":"
        + address.getPort());
    return new MongoListingStore(client.getDatabase("listings-test"),
        Durability.BY_WRITE_CONCERN);
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }
}
