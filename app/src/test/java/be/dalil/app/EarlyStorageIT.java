package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The database and the knowledge base opened while Spring starts, on the embedded server: handed
 * to the beans only when they would have opened the same, and closed otherwise, so that the
 * application can open its own on the same data file.
 */
class EarlyStorageIT {

  @TempDir
  Path data;

  private StandardEnvironment environment(Map<String, Object> settings) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
    return environment;
  }

  private StandardEnvironment embeddedIn(Path dir) {
    return environment(Map.of("dalil.data-dir", dir.toString(), "dalil.mongodb-uri", ""));
  }

  private static DalilProperties bound(StandardEnvironment environment) {
    return Binder.get(environment).bindOrCreate("dalil", DalilProperties.class);
  }

  /** Opening the data file again fails while another store holds it. */
  private void assertTheDataFileIsFree() {
    try (MongoSetup again = MongoSetup.embedded(data)) {
      assertThat(again.client().getDatabase("dalil").listCollectionNames()).contains("actors");
    }
  }

  @Test
  void handsOverTheOpenedKnowledgeBaseWhenTheSettingsAreTheSame() {
    StandardEnvironment environment = embeddedIn(data);
    EarlyStorage early = new EarlyStorage();
    early.start(environment);
    List<String> commands = new CopyOnWriteArrayList<>();
    CommandListener metrics = new CommandListener() {
      @Override
      public void commandSucceeded(CommandSucceededEvent event) {
        commands.add(event.getCommandName());
      }
    };

    Optional<EarlyStorage.Opened> opened = early.adopt(bound(environment), Clock.systemUTC(),
        metrics);

    assertThat(opened).isPresent();
    assertThat(early.adopted()).isEqualTo(opened);
    try (MongoSetup mongo = opened.get().mongo()) {
      assertThat(opened.get().knowledge().places().resolve("Mechelen")).isPresent();
      mongo.client().getDatabase("dalil").getCollection("actors").countDocuments();
      assertThat(commands).as("commands after the hand-over reach the metrics")
          .contains("aggregate");
    }
  }

  @Test
  void closesWhatItOpenedWhenSpringBoundOtherSettings() {
    StandardEnvironment environment = embeddedIn(data);
    EarlyStorage early = new EarlyStorage();
    early.start(environment);
    DalilProperties same = bound(environment);
    DalilProperties other = new DalilProperties(same.dataDir(), same.mongodbUri(),
        same.database(), same.conversationTtl(), same.conversationCache(),
        same.conversationFlushInterval(), same.conversationMaxPending(),
        same.knowledgeRefreshInterval(), same.actorsPerReply(),
        new DalilProperties.Search(5, 25, 25), same.unanswered());

    assertThat(early.adopt(other, Clock.systemUTC(), new CommandListener() {})).isEmpty();
    assertThat(early.adopt(same, Clock.systemUTC(), new CommandListener() {}))
        .as("decided once").isEmpty();
    assertTheDataFileIsFree();
  }

  @Test
  void closesWhatItOpenedWhenTheApplicationHasAnotherClock() {
    StandardEnvironment environment = embeddedIn(data);
    EarlyStorage early = new EarlyStorage();
    early.start(environment);

    Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(early.adopt(bound(environment), fixed, new CommandListener() {})).isEmpty();
    assertTheDataFileIsFree();
  }

  @Test
  void closesWhatNothingAdoptedWhenTheStartFails() {
    EarlyStorage early = new EarlyStorage();
    early.start(embeddedIn(data));

    early.discard();

    assertTheDataFileIsFree();
  }

  @Test
  void opensNothingBeforeItIsStarted() {
    EarlyStorage early = new EarlyStorage();

    assertThat(early.adopt(bound(embeddedIn(data)), Clock.systemUTC(),
        new CommandListener() {})).isEmpty();
    assertThat(data.resolve(MongoSetup.DATA_FILE)).doesNotExist();
  }

  @Test
  void createsNothingForSettingsSpringWillRefuse() {
    EarlyStorage early = new EarlyStorage();
    early.start(environment(Map.of("dalil.data-dir", " ", "dalil.mongodb-uri", "")));
    early.discard();

    assertThat(early.adopt(bound(embeddedIn(data)), Clock.systemUTC(),
        new CommandListener() {})).isEmpty();
    assertThat(Path.of(" ")).as("a data directory named by the blank setting").doesNotExist();
  }
}
