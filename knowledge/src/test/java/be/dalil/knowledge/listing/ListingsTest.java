package be.dalil.knowledge.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.dalil.i18n.Language;
import be.dalil.knowledge.HandClock;
import be.dalil.knowledge.ImportProblem;
import be.dalil.knowledge.ImportRejectedException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.KnowledgeStorage;
import be.dalil.knowledge.Origin;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class ListingsTest {

  /** The store under test: in memory here, MongoDB in {@code MongoListingStoreTest}. */
  protected ListingStore newStore() {
    return ListingStore.inMemory();
  }


  final HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
  final KnowledgeStorage storage = KnowledgeStorage.inMemory();
  final KnowledgeBase kb = KnowledgeBase.open(storage, clock);
  final ListingStore store = newStore();
  final Listings listings = Listings.open(kb, store, clock);

  /** A shipped listing with a phone number, to change. */
  String someListing() {
    return storage.actors().all().stream()
        .filter(a -> !a.actor().phone().isEmpty() && a.actor().description().has(Language.FR))
        .findFirst().orElseThrow().id();
  }

  @Test
  public void publishesAChangeOnlyOnceConfirmedAndApprovedAndKeepsEveryVersion() {
    String id = someListing();
    String oldPhone = kb.actors().byId(id).orElseThrow().phone();
    ObjectNode edited = listings.current(id).orElseThrow();
    edited.put("phone", "02 555 01 01");
    ((ObjectNode) edited.get("description")).put("fr", "Nouvelle description en français.");
    edited.put("source", "trying to change the source"); // only editors set it

    Proposal proposal = listings.propose(edited, Optional.of(id), "info@example.org",
        Language.FR);
    assertThat(proposal.status()).isEqualTo(Proposal.Status.UNCONFIRMED);
    assertThat(listings.queue()).isEmpty();
    assertThat(kb.actors().byId(id).orElseThrow().phone()).isEqualTo(oldPhone);

    listings.confirm(proposal.id());
    assertThat(listings.confirm(proposal.id())).as("confirmed once").isEmpty();
    Listings.Review review = listings.queue().get(0);
    assertThat(review.changes()).extracting(Listings.FieldChange::field)
        .containsExactly("description.fr", "phone");
    assertThat(review.changes()).filteredOn(c -> c.field().equals("phone")).singleElement()
        .satisfies(c -> {
          assertThat(c.before()).isEqualTo(oldPhone);
          assertThat(c.after()).isEqualTo("02 555 01 01");
        });

    Listings.Decision decision = listings.approve(proposal.id(), "eva");
    assertThat(decision.email()).isEqualTo("info@example.org");
    assertThat(kb.actors().byId(id).orElseThrow().phone()).isEqualTo("02 555 01 01");
    assertThat(storage.actors().byId(id).orElseThrow().origin()).isEqualTo(Origin.EDITED);
    assertThat(store.proposal(proposal.id()).orElseThrow().email()).as("erased").isEmpty();
    assertThat(listings.queue()).isEmpty();
    assertThat(listings.history(id)).extracting(ListingVersion::change)
        .containsExactly("before-edit", "approved " + proposal.id());
    assertThat(listings.history(id).get(1).editor()).isEqualTo("eva");

    clock.advance(Duration.ofMinutes(5));
    listings.revert(id, 1, "adam");
    assertThat(kb.actors().byId(id).orElseThrow().phone()).isEqualTo(oldPhone);
    assertThat(listings.history(id)).extracting(ListingVersion::change)
        .containsExactly("before-edit", "approved " + proposal.id(), "reverted to 1");
  }

  @Test
  public void refusesAProposalWithTheImportersFieldProblems() {
    String id = someListing();
    ObjectNode edited = listings.current(id).orElseThrow();
    edited.put("phone", "call us");
    edited.put("website", "not a url");
    assertThatThrownBy(() -> listings.propose(edited, Optional.of(id), "a@example.org",
        Language.EN)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
            assertThat(e.problems()).extracting(ImportProblem::field)
                .contains("phone", "website"));
    assertThat(store.proposals(Proposal.Status.UNCONFIRMED)).isEmpty();
  }

  @Test
  public void addsANewListingUnderAnIdMadeFromItsNameOnlyWhenApproved() {
    ObjectNode record = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    record.put("name", "Café Babbel Schaerbeek");
    record.putObject("description").put("fr", "Table de conversation en néerlandais.");
    record.putArray("topics").add("learn_dutch");
    record.put("municipality", "Schaerbeek");
    record.putArray("serviceArea").add("municipality:schaerbeek");
    record.put("source", "forged");
    Proposal proposal = listings.propose(record, Optional.empty(), "babbel@example.org",
        Language.FR);
    String id = listings.review(proposal.id()).orElseThrow().proposed().path("id").asText();
    assertThat(id).startsWith("cafe-babbel-schaerbeek-");
    assertThat(kb.actors().byId(id)).isEmpty();
    listings.confirm(proposal.id());
    listings.approve(proposal.id(), "eva");
    assertThat(kb.actors().byId(id)).hasValueSatisfying(a -> {
      assertThat(a.name()).isEqualTo("Café Babbel Schaerbeek");
      assertThat(a.source()).isEqualTo("proposed by the organisation");
    });
  }

  @Test
  public void rejectsWithAReasonAndPublishesNothing() {
    String id = someListing();
    ObjectNode edited = listings.current(id).orElseThrow();
    edited.put("name", "Something else");
    Proposal proposal = listings.propose(edited, Optional.of(id), "x@example.org", Language.NL);
    listings.confirm(proposal.id());
    Listings.Decision decision = listings.reject(proposal.id(), "eva", "Not your organisation");
    assertThat(decision.proposal().reason()).contains("Not your organisation");
    assertThat(decision.email()).isEqualTo("x@example.org");
    assertThat(kb.actors().byId(id).orElseThrow().name()).isNotEqualTo("Something else");
    assertThatThrownBy(() -> listings.approve(proposal.id(), "eva"))
        .hasMessageContaining("No open proposal");
  }

  @Test
  public void keepsAnEditedListingWhenTheShippedDataChanges() {
    String id = someListing();
    ObjectNode edited = listings.current(id).orElseThrow();
    edited.put("phone", "02 555 01 02");
    Proposal proposal = listings.propose(edited, Optional.of(id), "x@example.org", Language.FR);
    listings.confirm(proposal.id());
    listings.approve(proposal.id(), "eva");

    storage.seeds().recordLoaded("an older version of the data files", 0, clock.instant());
    KnowledgeBase restarted = KnowledgeBase.open(storage, clock);
    assertThat(restarted.actors().byId(id).orElseThrow().phone()).isEqualTo("02 555 01 02");
  }

  @Test
  public void forgetsProposalsNeverConfirmedAfterAWeek() {
    String id = someListing();
    listings.propose(listings.current(id).orElseThrow(), Optional.of(id), "x@example.org",
        Language.FR);
    clock.advance(Duration.ofDays(6));
    assertThat(listings.purge()).isZero();
    clock.advance(Duration.ofDays(2));
    assertThat(listings.purge()).isEqualTo(1);
    assertThat(store.proposals(Proposal.Status.UNCONFIRMED)).isEmpty();
  }

  @Test
  public void flagsListingsNotVerifiedForOverAYearAndClearsThemWhenTheOrganisationConfirms() {
    String id = someListing();
    int verified = kb.actors().byId(id).orElseThrow().lastVerified();
    assertThat(verified).isLessThanOrEqualTo(2024);
    assertThat(listings.stale()).extracting(Listings.StaleListing::id).contains(id);

    listings.confirmStillRight(id);
    assertThat(kb.actors().byId(id).orElseThrow().lastVerified()).isEqualTo(2026);
    assertThat(listings.stale()).extracting(Listings.StaleListing::id).doesNotContain(id);
    assertThat(listings.history(id)).extracting(ListingVersion::change)
        .containsExactly("before-edit", "confirmed still right");

    clock.advance(Duration.ofDays(366)); // 2027: verified last year, not yet 12 months for sure
    assertThat(listings.stale()).extracting(Listings.StaleListing::id).doesNotContain(id);
    clock.advance(Duration.ofDays(365)); // 2028
    assertThat(listings.stale()).extracting(Listings.StaleListing::id).contains(id);
  }

  @Test
  public void marksAnApprovedChangeVerifiedThisYear() {
    String id = someListing();
    ObjectNode edited = listings.current(id).orElseThrow();
    edited.put("lastVerified", 1999);
    Proposal proposal = listings.propose(edited, Optional.of(id), "x@example.org", Language.EN);
    listings.confirm(proposal.id());
    listings.approve(proposal.id(), "eva");
    assertThat(kb.actors().byId(id).orElseThrow().lastVerified()).isEqualTo(2026);
  }

  @Test
  public void asksEachStaleListingWithAnAddressOnceAYear() {
    List<Listings.StaleListing> first = listings.dueReminders(5);
    assertThat(first).hasSize(5).allSatisfy(l -> assertThat(l.email()).isNotBlank());
    List<Listings.StaleListing> second = listings.dueReminders(5);
    assertThat(second).extracting(Listings.StaleListing::id)
        .doesNotContainAnyElementsOf(first.stream().map(Listings.StaleListing::id).toList());
    clock.advance(Duration.ofDays(366));
    int all = listings.stale().size();
    assertThat(listings.dueReminders(all)).extracting(Listings.StaleListing::id)
        .containsAll(first.stream().map(Listings.StaleListing::id).toList());
  }
}
