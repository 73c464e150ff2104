package be.dalil.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes actors and answers: the shipped data files when they changed since the last start
 * (idempotent), and import batches (validated whole, all or nothing).
 */
public final class KnowledgeImport {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeImport.class);
  /** A staged batch never committed is dropped once this old. */
  static final Duration STAGING_LIFETIME = Duration.ofHours(1);

  private final ObjectMapper json;
  private final PlaceResolver places;
  private final KnowledgeStorage storage;
  private final ActorFinder finder;
  private final Answers answers;
  private final Clock clock;

  KnowledgeImport(ObjectMapper json, PlaceResolver places, KnowledgeStorage storage,
      ActorFinder finder, Answers answers, Clock clock) {
    this.json = json;
    this.places = places;
    this.storage = storage;
    this.finder = finder;
    this.answers = answers;
    this.clock = clock;
  }

  /** The result of seeding. */
  public record SeedResult(boolean loaded, int actors, int answers, long removed) {}

  /** Loads the shipped data files unless this exact version is already loaded. */
  public SeedResult seed() {
    SeedData data = SeedData.load(json);
    if (storage.seeds().loadedFingerprint().filter(data.fingerprint::equals).isPresent()) {
      return new SeedResult(false, 0, 0, 0);
    }
    ActorRecordReader.Batch batch;
    try {
      batch = new ActorRecordReader(places).read(data.actors);
    } catch (ImportRejectedException e) {
      // The shipped data is checked by the build; reaching this is a packaging error.
      throw new IllegalStateException("shipped actor data is invalid: " + e.problems(), e);
    }
    List<TopicTexts> texts = AnswerFile.read(data.answers);
    List<StoredActor> records = stored(batch, Origin.SEED);
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(r -> ids.add(r.id()));
    // An edited listing (approved by an editor) stays as edited when the shipped data changes.
    Set<String> edited = storage.actors().idsOfOtherOrigin(ids, Origin.SEED).stream()
        .filter(id -> storage.actors().byId(id).filter(a -> a.origin() == Origin.EDITED)
            .isPresent())
        .collect(java.util.stream.Collectors.toSet());
    records.removeIf(r -> edited.contains(r.id()));
    storage.actors().upsertAll(records);
    long removed = storage.actors().removeOthers(Origin.SEED, ids);
    storage.answers().storeAll(texts);
    storage.seeds().recordLoaded(data.fingerprint, records.size(), clock.instant());
    answers.refresh();
    finder.changed();
    log.info("Knowledge base seeded: {} actors, {} answer topics, {} stale actors removed",
        records.size(), texts.size(), removed);
    return new SeedResult(true, records.size(), texts.size(), removed);
  }

  /** The result of an accepted import. */
  public record ImportResult(int imported, List<String> ids) {}

  /**
   * Imports a JSON array of actor records, read as a stream. Every record is validated first; if
   * any is bad the whole batch is refused with an {@link ImportRejectedException} listing each
   * bad record and field, and nothing is written. A valid batch is staged, committed by one
   * durable write and then applied ({@link ImportJournal}): when this returns, the batch is on
   * disk and visible; if the process dies before, it is visible entirely or not at all after the
   * restart. Re-importing the same batch is harmless (upsert by id).
   */
  public ImportResult importActors(InputStream body) {
    ActorRecordReader.Batch batch;
    try (JsonParser parser = json.createParser(body)) {
      batch = new ActorRecordReader(places).read(parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<StoredActor> records = stored(batch, Origin.IMPORT);
    Set<String> ids = new LinkedHashSet<>();
    records.forEach(r -> ids.add(r.id()));
    refuseShippedIds(records, ids);
    String batchId = clock.instant().toEpochMilli() + "-" + UUID.randomUUID();
    synchronized (this) {
      storage.imports().stage(batchId, records, clock.instant());
      storage.imports().commit(batchId, clock.instant());
      apply(new ImportJournal.CommittedBatch(batchId, records));
    }
    log.info("Imported {} actors", records.size());
    return new ImportResult(records.size(), List.copyOf(ids));
  }

  /**
   * Validates one record of the import format, the same checks as an import (a proposed
   * listing): the actor as it would be stored, or an {@link ImportRejectedException} listing
   * each field's problem.
   */
  public StoredActor validate(com.fasterxml.jackson.databind.JsonNode record) {
    ActorRecordReader.Located located = new ActorRecordReader(places).readOne(record);
    return new StoredActor(located.actor(), located.precision(), Origin.EDITED, clock.instant());
  }

  /** A listing as it is published now, as a record of the import format. */
  public Optional<com.fasterxml.jackson.databind.node.ObjectNode> currentRecord(String id) {
    return storage.actors().byId(id).map(KnowledgeImport::record);
  }

  /** The record of the import format that {@link #validate} reads back as {@code actor}. */
  public static com.fasterxml.jackson.databind.node.ObjectNode record(StoredActor actor) {
    return ActorRecordWriter.write(actor.actor(), actor.precision());
  }

  /**
   * Publishes one edited listing, replacing any record with its id (a shipped one too), through
   * the same journal as an import: durable and visible to searches when this returns.
   */
  public void publish(StoredActor edited) {
    StoredActor record = new StoredActor(edited.actor(), edited.precision(), Origin.EDITED,
        clock.instant());
    String batchId = clock.instant().toEpochMilli() + "-" + UUID.randomUUID();
    synchronized (this) {
      storage.imports().stage(batchId, List.of(record), clock.instant());
      storage.imports().commit(batchId, clock.instant());
      apply(new ImportJournal.CommittedBatch(batchId, List.of(record)));
    }
    log.info("Published an edited listing");
  }

  /**
   * Finishes what a crash interrupted: applies the batches that were committed, drops the ones
   * that were not (staged more than an hour ago, so that another instance's import in progress
   * is left alone). Returns how many batches were applied.
   */
  synchronized int recover() {
    List<ImportJournal.CommittedBatch> pending = storage.imports().committedNotApplied();
    pending.forEach(this::apply);
    int dropped = storage.imports().discardUncommitted(clock.instant().minus(STAGING_LIFETIME));
    if (!pending.isEmpty() || dropped > 0) {
      log.info("Imports recovered after an interruption: {} applied, {} never committed dropped",
          pending.size(), dropped);
    }
    return pending.size();
  }

  private void apply(ImportJournal.CommittedBatch batch) {
    storage.actors().upsertAll(batch.actors());
    finder.upserted(batch.actors());
    storage.imports().applied(batch.id());
  }

  private void refuseShippedIds(List<StoredActor> records, Set<String> ids) {
    Set<String> taken = storage.actors().idsOfOtherOrigin(ids, Origin.IMPORT);
    if (taken.isEmpty()) {
      return;
    }
    List<ImportProblem> problems = new ArrayList<>();
    for (int index = 0; index < records.size(); index++) {
      String id = records.get(index).id();
      if (taken.contains(id) && problems.size() < ActorRecordReader.MAX_PROBLEMS) {
        problems.add(new ImportProblem(index, id, "id",
            "duplicate id: already used by a shipped actor"));
      }
    }
    throw new ImportRejectedException(problems);
  }

  private List<StoredActor> stored(ActorRecordReader.Batch batch, Origin origin) {
    Instant now = clock.instant();
    List<StoredActor> records = new ArrayList<>(batch.actors().size());
    batch.actors().forEach(l -> records.add(new StoredActor(l.actor(), l.precision(), origin, now)));
    return records;
  }
}
