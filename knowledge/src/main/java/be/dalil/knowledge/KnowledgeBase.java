package be.dalil.knowledge;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.io.IOException;
import java.io.InputStream;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge module's entry point: places, actors and practical answers. Actors and answers
 * live in MongoDB (the embedded server or a real one, through the official driver); the gazetteer
 * is reference data held in memory.
 */
public final class KnowledgeBase {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
  static final String ORIGIN_SEED = "seed";
  static final String ORIGIN_IMPORT = "import";

  private final ObjectMapper json = new ObjectMapper();
  private final PlaceResolver places;
  private final MongoActorStore actors;
  private final AnswerCatalog answers;
  private final MongoCollection<Document> meta;
  private final Clock clock;
  /**
   * Recent searches: most users share their municipality's centre, so the same query comes back
   * often, and the database need not be asked again. Cleared on every seed and import; on a
   * shared MongoDB, another instance's import shows here within {@link #SEARCH_CACHE_TTL}.
   */
  private final Cache<ActorQuery, ActorSearch> searches = Caffeine.newBuilder()
      .maximumSize(20_000).expireAfterWrite(SEARCH_CACHE_TTL).build();
  static final Duration SEARCH_CACHE_TTL = Duration.ofMinutes(10);

  private KnowledgeBase(MongoDatabase db, Clock clock) {
    this.places = GazetteerFile.load(json);
    this.actors = new MongoActorStore(db);
    this.answers = new AnswerCatalog(db);
    this.meta = db.getCollection("meta");
    this.clock = clock;
  }

  /**
   * Opens the knowledge base on a database: creates the indexes, loads the versioned data files
   * when they changed since the last start (idempotent), and caches the answers.
   */
  public static KnowledgeBase open(MongoDatabase db, Clock clock) {
    KnowledgeBase kb = new KnowledgeBase(db, clock);
    kb.actors.ensureIndexes();
    kb.seed();
    kb.answers.refresh();
    return kb;
  }

  /** The result of seeding. */
  public record SeedResult(boolean loaded, int actors, int answers, long removed) {}

  /** Loads the shipped data files unless this exact version is already loaded. */
  public SeedResult seed() {
    SeedData data = SeedData.load(json);
    Document current = MongoActorStore.call(() -> meta.find(Filters.eq("_id", "seed")).first());
    if (current != null && data.fingerprint.equals(current.getString("fingerprint"))) {
      return new SeedResult(false, 0, 0, 0);
    }
    ActorRecordReader.Batch batch;
    try {
      batch = new ActorRecordReader(places).read(data.actors);
    } catch (ImportRejectedException e) {
      // The shipped data is checked by the build; reaching this is a packaging error.
      throw new IllegalStateException("shipped actor data is invalid: " + e.problems(), e);
    }
    List<Document> answerDocs = AnswerCatalog.read(data.answers);
    List<Document> docs = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (ActorRecordReader.Located located : batch.actors()) {
      docs.add(ActorDocuments.toDocument(located, ORIGIN_SEED)
          .append("updatedAt", clock.instant().toString()));
      ids.add(located.actor().id());
    }
    actors.upsertAll(docs);
    long removed = actors.removeOthers(ORIGIN_SEED, ids);
    answers.store(answerDocs);
    MongoActorStore.call(() -> meta.replaceOne(Filters.eq("_id", "seed"),
        new Document("_id", "seed").append("fingerprint", data.fingerprint)
            .append("loadedAt", clock.instant().toString()).append("actors", docs.size()),
        new ReplaceOptions().upsert(true)));
    answers.refresh();
    searches.invalidateAll();
    log.info("Knowledge base seeded: {} actors, {} answer topics, {} stale actors removed",
        docs.size(), answerDocs.size(), removed);
    return new SeedResult(true, docs.size(), answerDocs.size(), removed);
  }

  /** The result of an accepted import. */
  public record ImportResult(int imported, List<String> ids) {}

  /**
   * Imports a JSON array of actor records. Every record is validated first; if any is bad the
   * whole batch is refused with an {@link ImportRejectedException} listing each bad record and
   * field, and nothing is written. Re-importing the same batch is harmless (upsert by id).
   */
  public ImportResult importActors(InputStream body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ImportRejectedException(List.of(new ImportProblem(-1, "", "",
          "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr())));
    } catch (IOException e) {
      throw new ImportRejectedException(
          List.of(new ImportProblem(-1, "", "", "the batch could not be read")));
    }
    ActorRecordReader.Batch batch = new ActorRecordReader(places).read(root);
    Set<String> ids = new LinkedHashSet<>();
    batch.actors().forEach(l -> ids.add(l.actor().id()));
    Set<String> taken = actors.idsOfOtherOrigin(ids, ORIGIN_IMPORT);
    if (!taken.isEmpty()) {
      List<ImportProblem> problems = new ArrayList<>();
      int index = 0;
      for (ActorRecordReader.Located l : batch.actors()) {
        if (taken.contains(l.actor().id())) {
          problems.add(new ImportProblem(index, l.actor().id(), "id",
              "duplicate id: already used by a shipped actor"));
        }
        index++;
      }
      throw new ImportRejectedException(problems);
    }
    List<Document> docs = new ArrayList<>();
    for (ActorRecordReader.Located located : batch.actors()) {
      docs.add(ActorDocuments.toDocument(located, ORIGIN_IMPORT)
          .append("updatedAt", clock.instant().toString()));
    }
    actors.upsertAll(docs);
    searches.invalidateAll();
    log.info("Imported {} actors", docs.size());
    return new ImportResult(docs.size(), List.copyOf(ids));
  }

  public PlaceResolver places() {
    return places;
  }

  public ActorSearch findActors(ActorQuery query) {
    ActorSearch cached = searches.getIfPresent(query);
    if (cached != null) {
      return cached;
    }
    ActorSearch search = actors.search(query);
    searches.put(query, search);
    return search;
  }

  public Optional<Actor> actor(String id) {
    return actors.byId(id);
  }

  public long actorCount() {
    return actors.count();
  }

  /** The short label of a topic, for menus and quick replies. */
  public String label(Topic topic, Language language) {
    return answers.entry(topic).map(e -> e.label().in(language)).orElse(topic.id());
  }

  /**
   * The practical answer to a topic in a language, with the Brussels or Flanders addition when
   * the user's region is known (both when it is not and they differ).
   */
  public Optional<String> answer(Topic topic, Language language, Optional<Region> region) {
    return answers.entry(topic).filter(e -> !e.answer().isEmpty()).map(e -> {
      StringBuilder text = new StringBuilder(e.answer().in(language));
      if (region.isPresent()) {
        LocalizedText extra = region.get() == Region.FLANDERS ? e.flanders()
            : region.get() == Region.BRUSSELS ? e.brussels() : LocalizedText.empty();
        if (!extra.isEmpty()) {
          text.append("\n\n").append(extra.in(language));
        }
      } else {
        for (LocalizedText extra : List.of(e.brussels(), e.flanders())) {
          if (!extra.isEmpty()) {
            text.append("\n\n").append(extra.in(language));
          }
        }
      }
      return text.toString();
    });
  }
}
