package be.dalil.knowledge.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import be.dalil.knowledge.HandClock;
import be.dalil.knowledge.unanswered.UnansweredQuestion;
import be.dalil.knowledge.unanswered.UnansweredQuestions;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The unanswered questions' documents on a wire-protocol server, through the real driver. */
class MongoUnansweredStoreTest {

  final MongoServer server = new MongoServer(new MemoryBackend());
  final MongoClient client = MongoClients.create("mongodb://" + hostAndPort());
  final MongoDatabase db = client.getDatabase("unanswered-test");
  final HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
  final UnansweredQuestions questions = UnansweredQuestions.open(
      new MongoUnansweredStore(db, Duration.ofDays(30), Durability.BY_WRITE_CONCERN), clock,
      Duration.ofDays(30), 100);

  private String hostAndPort() {
    var address = server.bind();
    return address.getHostString() + ":" + address.getPort();
  }

  @AfterEach
  void stop() {
    client.close();
    server.shutdownNow();
  }

  @Test
  void storesOneCountPerGroupAndDayWithNothingThatLinksItToAConversation() {
    UnansweredQuestion q = new UnansweredQuestion("has flight DL123 left", Language.EN,
        Optional.of("transport"), Optional.of("Gent"));
    questions.record(q);
    questions.record(q);
    questions.flush();
    questions.record(q);
    questions.flush();

    Document stored = db.getCollection(MongoUnansweredStore.COUNTS).find().first();
    assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "group", "day", "text", "lang",
        "topic", "municipality", "expireAt", "count");
    assertThat(stored.get("count")).isEqualTo(3L);
    assertThat(stored.get("expireAt")).isEqualTo(java.util.Date.from(
        Instant.parse("2027-01-01T00:00:00Z")));
    assertThat(questions.groups()).singleElement().satisfies(g -> {
      assertThat(g.text()).isEqualTo("has flight DL123 left");
      assertThat(g.topic()).contains("transport");
      assertThat(g.municipality()).contains("Gent");
      assertThat(g.count()).isEqualTo(3);
    });
  }

  @Test
  void purgesDaysPastTheRetentionAndMarksWithThem() {
    questions.record(new UnansweredQuestion("set an alarm", Language.EN, Optional.empty(),
        Optional.empty()));
    questions.flush();
    questions.markAnswered(questions.groups().get(0).id());
    clock.advance(Duration.ofDays(31));
    assertThat(questions.purge()).isEqualTo(1);
    assertThat(db.getCollection(MongoUnansweredStore.COUNTS).countDocuments()).isZero();
    assertThat(db.getCollection(MongoUnansweredStore.MARKS).countDocuments()).isZero();
  }
}
