package be.dalil.knowledge.listing;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.ImportProblem;
import be.dalil.knowledge.ImportRejectedException;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorFinder;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.KnowledgeImport;
import be.dalil.knowledge.StoredActor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Organisations propose, editors decide: the public entry point of listings kept by their
 * organisations. A proposal is validated like an import, waits unpublished until its proposer
 * confirms an e-mail address and an editor approves it, and is then published atomically. Every
 * version of every edited listing is kept, with who published it and when, and can be restored.
 */
public final class Listings {

  /** An unconfirmed proposal is deleted after this long. */
  public static final Duration CONFIRMATION_PERIOD = Duration.ofDays(7);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KnowledgeImport knowledge;
  private final ActorFinder finder;
  private final ListingStore store;
  private final Clock clock;

  private Listings(KnowledgeBase base, ListingStore store, Clock clock) {
    this.knowledge = base.imports();
    this.finder = base.actors();
    this.store = store;
    this.clock = clock;
  }

  public static Listings open(KnowledgeBase base, ListingStore store, Clock clock) {
    return new Listings(base, store, clock);
  }

  /** A listing nobody has confirmed for a while. */
  public record StaleListing(String id, String name, String municipality, String email,
      int lastVerified) {}

  /**
   * Active listings last verified two calendar years ago or earlier (verification is recorded by
   * year, so these are certainly more than 12 months old), oldest first.
   */
  public List<StaleListing> stale() {
    int thisYear = Year.now(clock).getValue();
    return finder.all().stream()
        .filter(a -> a.lastVerified() <= thisYear - 2)
        .sorted(java.util.Comparator.comparingInt(Actor::lastVerified).thenComparing(Actor::id))
        .map(a -> new StaleListing(a.id(), a.name(), a.municipality(), a.email(),
            a.lastVerified()))
        .toList();
  }

  /**
   * The stale listings with an e-mail address whose organisation was not asked in the last year:
   * each is recorded as asked now (whether the message then goes out is the caller's matter).
   */
  public List<StaleListing> dueReminders(int limit) {
    Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
    List<StaleListing> due = new ArrayList<>();
    for (StaleListing listing : stale()) {
      if (due.size() >= limit) {
        break;
      }
      if (!listing.email().isBlank() && store.lastReminder(listing.id())
          .filter(at -> at.isAfter(yearAgo)).isEmpty()) {
        store.recordReminder(listing.id(), clock.instant());
        due.add(listing);
      }
    }
    return due;
  }

  /**
   * The organisation says its listing is still right (from the yearly message): the listing is
   * published again, marked verified this year.
   */
  public ListingVersion confirmStillRight(String actorId) {
    ObjectNode record = knowledge.currentRecord(actorId).orElseThrow(() ->
        new InvalidRequestException(ErrorCode.NOT_FOUND, "No such listing."));
    record.put("lastVerified", Year.now(clock).getValue());
    keepFirstVersion(actorId);
    knowledge.publish(knowledge.validate(record));
    return addVersion(actorId, record, "the organisation", "confirmed still right");
  }

  /** A listing as published now, as the record an organisation edits. */
  public Optional<ObjectNode> current(String actorId) {
    return knowledge.currentRecord(actorId);
  }

  /**
   * Records a proposal, unpublished and unconfirmed.
   *
   * @param record the listing in the import format; for a new listing its id is made from the name
   * @param changeOf the listing it changes, or empty for a new one
   * @throws ImportRejectedException listing each field's problem
   */
  public Proposal propose(JsonNode record, Optional<String> changeOf, String email,
      Language language) {
    if (!record.isObject()) {
      throw new ImportRejectedException(List.of(new ImportProblem(0, "", "",
          "a record must be a JSON object")));
    }
    ObjectNode proposed = ((ObjectNode) record).deepCopy();
    if (changeOf.isPresent()) {
      ObjectNode current = knowledge.currentRecord(changeOf.get()).orElseThrow(() ->
          new InvalidRequestException(ErrorCode.NOT_FOUND, "No such listing."));
      proposed.put("id", changeOf.get());
      // What only editors set stays as it is: the source, the flags, the reference topics.
      for (String kept : List.of("source", "flags", "referenceFor", "lastVerified", "domain")) {
        proposed.set(kept, current.get(kept));
      }
    } else {
      proposed.put("id", newId(proposed.path("name").asText("")));
      proposed.put("source", "proposed by the organisation");
      proposed.putArray("flags");
      proposed.remove(List.of("referenceFor", "lastVerified"));
    }
    knowledge.validate(proposed); // throws with every problem
    Proposal proposal = new Proposal(randomId(), changeOf.isPresent() ? Proposal.Kind.CHANGE
        : Proposal.Kind.NEW, changeOf, proposed.toString(), email, language,
        Proposal.Status.UNCONFIRMED, clock.instant(), Optional.empty(), Optional.empty(),
        Optional.empty());
    store.save(proposal);
    return proposal;
  }

  /** The proposer confirmed the address: the proposal joins the editors' queue. */
  public Optional<Proposal> confirm(String proposalId) {
    return store.proposal(proposalId).filter(p -> p.status() == Proposal.Status.UNCONFIRMED)
        .map(p -> {
          Proposal open = p.with(Proposal.Status.OPEN);
          store.save(open);
          return open;
        });
  }

  /** A field that a proposal changes: its path in the record, before and after. */
  public record FieldChange(String field, String before, String after) {}

  /** An open proposal beside the listing it changes. */
  public record Review(Proposal proposal, Optional<ObjectNode> current, ObjectNode proposed,
      List<FieldChange> changes) {}

  /** The editors' queue, oldest first. */
  public List<Review> queue() {
    return store.proposals(Proposal.Status.OPEN).stream().map(this::review).toList();
  }

  public Optional<Review> review(String proposalId) {
    return store.proposal(proposalId).map(this::review);
  }

  private Review review(Proposal p) {
    ObjectNode proposed = parse(p.record());
    Optional<ObjectNode> current = p.actorId().flatMap(knowledge::currentRecord);
    return new Review(p, current, proposed, changes(current.orElse(JSON.createObjectNode()),
        proposed));
  }

  /** What an approval or a rejection means for the proposer, to tell them. */
  public record Decision(Proposal proposal, String email, String listingName, String listingId) {}

  /**
   * Publishes an open proposal: searches show it when this returns. The listing's earlier
   * version is kept first, so that the change can be undone.
   */
  public Decision approve(String proposalId, String editor) {
    Proposal p = open(proposalId);
    ObjectNode proposed = parse(p.record());
    // The organisation itself checked what it proposed: the listing is verified this year.
    proposed.put("lastVerified", Year.now(clock).getValue());
    StoredActor actor = knowledge.validate(proposed);
    keepFirstVersion(actor.id());
    knowledge.publish(actor);
    addVersion(actor.id(), proposed, editor, "approved " + p.id());
    Proposal decided = p.decided(Proposal.Status.APPROVED, editor, Optional.empty(),
        clock.instant());
    store.save(decided);
    return new Decision(decided, p.email(), actor.actor().name(), actor.id());
  }

  /** Refuses an open proposal with a reason for the proposer. */
  public Decision reject(String proposalId, String editor, String reason) {
    Proposal p = open(proposalId);
    Proposal decided = p.decided(Proposal.Status.REJECTED, editor, Optional.of(reason),
        clock.instant());
    store.save(decided);
    ObjectNode record = parse(p.record());
    return new Decision(decided, p.email(), record.path("name").asText(""),
        record.path("id").asText(""));
  }

  /** Every kept version of a listing, oldest first. */
  public List<ListingVersion> history(String actorId) {
    return store.versions(actorId);
  }

  /** Publishes an earlier version again, as a new version. */
  public ListingVersion revert(String actorId, int number, String editor) {
    ListingVersion earlier = store.versions(actorId).stream().filter(v -> v.number() == number)
        .findFirst().orElseThrow(() -> new InvalidRequestException(ErrorCode.NOT_FOUND,
            "No such version."));
    ObjectNode record = parse(earlier.record());
    knowledge.publish(knowledge.validate(record));
    return addVersion(actorId, record, editor, "reverted to " + number);
  }

  /** Deletes proposals never confirmed within {@link #CONFIRMATION_PERIOD}, with their address. */
  public long purge() {
    return store.deleteUnconfirmedBefore(clock.instant().minus(CONFIRMATION_PERIOD));
  }

  private Proposal open(String proposalId) {
    return store.proposal(proposalId).filter(p -> p.status() == Proposal.Status.OPEN)
        .orElseThrow(() -> new InvalidRequestException(ErrorCode.NOT_FOUND,
            "No open proposal with this id."));
  }

  private void keepFirstVersion(String actorId) {
    if (store.versions(actorId).isEmpty()) {
      knowledge.currentRecord(actorId).ifPresent(current ->
          addVersion(actorId, current, "shipped data", "before-edit"));
    }
  }

  private ListingVersion addVersion(String actorId, ObjectNode record, String editor,
      String change) {
    int number = store.versions(actorId).size() + 1;
    ListingVersion version = new ListingVersion(actorId, number, record.toString(), editor,
        clock.instant(), change);
    store.add(version);
    return version;
  }

  /** The fields that differ, by path ("description.fr", "topics"), in path order. */
  static List<FieldChange> changes(JsonNode before, JsonNode after) {
    Map<String, String> old = new TreeMap<>();
    Map<String, String> now = new TreeMap<>();
    flatten("", before, old);
    flatten("", after, now);
    TreeMap<String, String> all = new TreeMap<>(old);
    all.putAll(now);
    List<FieldChange> changes = new ArrayList<>();
    for (String field : all.keySet()) {
      String a = old.getOrDefault(field, "");
      String b = now.getOrDefault(field, "");
      if (!a.equals(b)) {
        changes.add(new FieldChange(field, a, b));
      }
    }
    return changes;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      out.put(prefix, String.join(", ", items));
    } else if (!node.isNull() && !node.isMissingNode()) {
      out.put(prefix, node.asText());
    }
  }

  private static ObjectNode parse(String record) {
    try {
      return (ObjectNode) JSON.readTree(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored record is not JSON", e);
    }
  }

  /** A listing id from its name: "Atlas Antwerpen" becomes "atlas-antwerpen-3f9a". */
  private static String newId(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (ascii.length() > 60) {
      ascii = ascii.substring(0, 60).replaceAll("-$", "");
    }
    byte[] suffix = new byte[2];
    RANDOM.nextBytes(suffix);
    return (ascii.isEmpty() ? "listing" : ascii) + "-" + HexFormat.of().formatHex(suffix);
  }

  private static String randomId() {
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
