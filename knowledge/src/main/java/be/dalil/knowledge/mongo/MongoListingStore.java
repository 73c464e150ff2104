package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.call;
import static be.dalil.knowledge.mongo.MongoCalls.run;

import be.dalil.i18n.Language;
import be.dalil.knowledge.listing.ListingStore;
import be.dalil.knowledge.listing.ListingVersion;
import be.dalil.knowledge.listing.Proposal;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Proposals ({@code proposals}) and listing versions ({@code listing_versions}). Each write is
 * made durable before it returns: an editor's approval is acknowledged.
 */
public final class MongoListingStore implements ListingStore {

  static final String PROPOSALS = "proposals";
  static final String VERSIONS = "listing_versions";
  static final String REMINDERS = "listing_reminders";

  private final MongoCollection<Document> proposals;
  private final MongoCollection<Document> versions;
  private final MongoCollection<Document> reminders;
  private final Durability durability;

  public MongoListingStore(MongoDatabase db, Durability durability) {
    this.proposals = db.getCollection(PROPOSALS);
    this.versions = db.getCollection(VERSIONS);
    this.reminders = db.getCollection(REMINDERS);
    this.durability = durability;
    run(() -> {
      proposals.createIndex(Indexes.ascending("status", "createdAt"));
      versions.createIndex(Indexes.ascending("actorId", "number"));
    });
  }

  @Override
  public void save(Proposal p) {
    Document doc = new Document("_id", p.id()).append("kind", p.kind().name())
        .append("actorId", p.actorId().orElse(null)).append("record", p.record())
        .append("email", p.email()).append("language", p.language().code())
        .append("status", p.status().name()).append("createdAt", Date.from(p.createdAt()))
        .append("decidedAt", p.decidedAt().map(Date::from).orElse(null))
        .append("decidedBy", p.decidedBy().orElse(null))
        .append("reason", p.reason().orElse(null));
    run(() -> proposals.replaceOne(Filters.eq("_id", p.id()), doc,
        new ReplaceOptions().upsert(true)));
    durability.sync();
  }

  @Override
  public Optional<Proposal> proposal(String id) {
    return Optional.ofNullable(call(() -> proposals.find(Filters.eq("_id", id)).first()))
        .map(MongoListingStore::proposal);
  }

  @Override
  public List<Proposal> proposals(Proposal.Status status) {
    List<Proposal> found = new ArrayList<>();
    run(() -> proposals.find(Filters.eq("status", status.name())).sort(Sorts.ascending("createdAt"))
        .forEach(d -> found.add(proposal(d))));
    return found;
  }

  @Override
  public long deleteUnconfirmedBefore(Instant at) {
    long deleted = call(() -> proposals.deleteMany(Filters.and(
        Filters.eq("status", Proposal.Status.UNCONFIRMED.name()),
        Filters.lt("createdAt", Date.from(at)))).getDeletedCount());
    durability.sync();
    return deleted;
  }

  @Override
  public void add(ListingVersion v) {
    run(() -> versions.insertOne(new Document("_id", v.actorId() + "/" + v.number())
        .append("actorId", v.actorId()).append("number", v.number()).append("record", v.record())
        .append("editor", v.editor()).append("at", Date.from(v.at()))
        .append("change", v.change())));
    durability.sync();
  }

  @Override
  public List<ListingVersion> versions(String actorId) {
    List<ListingVersion> found = new ArrayList<>();
    run(() -> versions.find(Filters.eq("actorId", actorId)).sort(Sorts.ascending("number"))
        .forEach(d -> found.add(new ListingVersion(d.getString("actorId"),
            d.getInteger("number"), d.getString("record"), d.getString("editor"),
            d.getDate("at").toInstant(), d.getString("change")))));
    return found;
  }

  @Override
  public Optional<Instant> lastReminder(String actorId) {
    return Optional.ofNullable(call(() -> reminders.find(Filters.eq("_id", actorId)).first()))
        .map(d -> d.getDate("at").toInstant());
  }

  @Override
  public void recordReminder(String actorId, Instant at) {
    run(() -> reminders.replaceOne(Filters.eq("_id", actorId),
        new Document("_id", actorId).append("at", Date.from(at)),
        new ReplaceOptions().upsert(true)));
    durability.sync();
  }

  private static Proposal proposal(Document d) {
    return new Proposal(d.getString("_id"), Proposal.Kind.valueOf(d.getString("kind")),
        Optional.ofNullable(d.getString("actorId")), d.getString("record"),
        d.getString("email"), Language.fromCode(d.getString("language")).orElse(Language.EN),
        Proposal.Status.valueOf(d.getString("status")), d.getDate("createdAt").toInstant(),
        Optional.ofNullable(d.getDate("decidedAt")).map(Date::toInstant),
        Optional.ofNullable(d.getString("decidedBy")), Optional.ofNullable(d.getString("reason")));
  }
}
