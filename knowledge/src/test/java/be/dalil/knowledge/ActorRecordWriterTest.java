package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an organisation edits is exactly its listing: every shipped actor survives the trip. */
class ActorRecordWriterTest {

  @Test
  void everyShippedActorReadsBackAsItselfFromItsRecord() {
    KnowledgeStorage storage = KnowledgeStorage.inMemory();
    KnowledgeBase kb = KnowledgeBase.open(storage, Clock.systemUTC());
    List<StoredActor> all = storage.actors().all();
    assertThat(all).hasSizeGreaterThan(200);
    for (StoredActor stored : all) {
      StoredActor again = kb.imports().validate(KnowledgeImport.record(stored));
      assertThat(again.actor()).as(stored.id()).isEqualTo(stored.actor());
      assertThat(again.precision()).as(stored.id()).isEqualTo(stored.precision());
    }
  }
}
