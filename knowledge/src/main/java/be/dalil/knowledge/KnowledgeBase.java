package be.dalil.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;

/**
 * The knowledge module's entry point: places (the gazetteer, reference data in memory), actors,
 * practical answers and the import of new data, over the stores of a {@link KnowledgeStorage}
 * (MongoDB in the application, memory in tests).
 */
public final class KnowledgeBase {

  private final PlaceResolver places;
  private final ActorFinder actors;
  private final Answers answers;
  private final KnowledgeImport imports;

  private KnowledgeBase(KnowledgeStorage storage, SearchSettings settings, Clock clock) {
    ObjectMapper json = new ObjectMapper();
    this.places = GazetteerFile.load(json);
    this.actors = new ActorFinder(storage.actors(), places, settings);
    this.answers = new Answers(storage.answers());
    this.imports = new KnowledgeImport(json, places, storage, actors, answers, clock);
  }

  /**
   * Opens the knowledge base on its stores: prepares them, loads the versioned data files when
   * they changed since the last start (idempotent), and reads the answers into memory.
   */
  public static KnowledgeBase open(KnowledgeStorage storage, Clock clock) {
    return open(storage, SearchSettings.defaults(), clock);
  }

  /** Opens the knowledge base with its own search radii. */
  public static KnowledgeBase open(KnowledgeStorage storage, SearchSettings settings,
      Clock clock) {
    KnowledgeBase kb = new KnowledgeBase(storage, settings, clock);
    storage.actors().prepare();
    kb.imports.recover();
    kb.imports.seed();
    kb.answers.refresh();
    kb.actors.refreshIfChanged();
    return kb;
  }

  public PlaceResolver places() {
    return places;
  }

  public ActorFinder actors() {
    return actors;
  }

  public Answers answers() {
    return answers;
  }

  public KnowledgeImport imports() {
    return imports;
  }
}
