package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.dalil.i18n.Language;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the knowledge base promises whatever it is stored in: run on memory
 * ({@code KnowledgeBaseTest}) and on a MongoDB wire-protocol server through the official driver
 * ({@code KnowledgeBaseIT}).
 */
abstract class KnowledgeBaseContract {

  private KnowledgeStorage storage;
  private KnowledgeBase kb;

  /** Fresh, empty stores for one test. */
  abstract KnowledgeStorage storage();

  @BeforeEach
  void open() {
    storage = storage();
    kb = KnowledgeBase.open(storage, Clock.systemUTC());
  }

  private Place at(String place) {
    return kb.places().resolve(place).orElseThrow();
  }

  /** The ids of the actors found, in their order. */
  private List<String> ids(Topic topic, String place, int limit) {
    return find(topic, place, limit).matches().stream().map(m -> m.actor().id()).toList();
  }

  private ActorSearch find(Topic topic, String place, int limit) {
    return kb.actors().find(new ActorQuery(Optional.of(topic), Optional.of(at(place)), Set.of(),
        limit));
  }

  @Test
  void seedsOnceAndIsIdempotentOnTheNextStart() {
    long count = kb.actors().count();
    assertThat(count).isGreaterThanOrEqualTo(150);
    KnowledgeImport.SeedResult again = kb.imports().seed();
    assertThat(again.loaded()).isFalse();
    KnowledgeBase reopened = KnowledgeBase.open(storage, Clock.systemUTC());
    assertThat(reopened.actors().count()).isEqualTo(count);
  }

  @Test
  void ranksActorsByDistanceFromThePlace() {
    ActorSearch search = kb.actors().find(new ActorQuery(Optional.of(Topic.LEARN_DUTCH),
        Optional.of(at("Gent")), Set.of(), 5));
    assertThat(search.matches()).hasSize(5);
    assertThat(search.reach()).isEqualTo(ActorSearch.Reach.NEARBY);
    assertThat(search.matches()).allSatisfy(m ->
        assertThat(m.actor().topics()).contains(Topic.LEARN_DUTCH));
    assertThat(search.matches().get(0).distanceKm()).hasValueSatisfying(d ->
        assertThat(d).isLessThan(5));
    assertThat(search.matches()).extracting(m -> m.distanceKm().orElse(999.0))
        .isSortedAccordingTo(java.util.Comparator.comparingDouble(d -> Math.floor(d)));
    assertThat(search.total()).isGreaterThanOrEqualTo(search.matches().size());
  }

  @Test
  void neverRecommendsAnOrganisationPeopleVisitBeyondTheRegionsRadius() {
    // De Panne, on the coast, has no diaspora organisation within 25 km: only services that
    // cover the whole province, never one 40 km away.
    ActorSearch search = find(Topic.DIASPORA_COMMUNITY, "De Panne", 3);
    assertThat(search.matches()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.distanceKm()).isEmpty());
    // A job in Roeselare: only Flanders-wide and national services are known, and the reply
    // says nothing local is known.
    assertThat(find(Topic.WORK_PERMIT, "Roeselare", 3).reach())
        .isEqualTo(ActorSearch.Reach.REGION);
  }

  @Test
  void recommendsOnlyWhatServesThePlace() {
    // Seen by a newcomer: social assistance in Schaerbeek gave Wemmel's services; a job in Leuven
    // gave Actiris and Bruxelles Formation; transport in Ghent gave STIB.
    assertThat(find(Topic.SOCIAL_WELFARE, "Schaerbeek", 10).matches())
        .extracting(m -> m.actor().id()).doesNotContain("gemeente-wemmel", "pin-vzw-wemmel")
        .isNotEmpty();
    assertThat(find(Topic.FIND_JOB, "Leuven", 10).matches()).extracting(m -> m.actor().id())
        .startsWith("vdab").doesNotContain("actiris", "bruxelles-formation");
    assertThat(find(Topic.FIND_JOB, "Ixelles", 3).matches()).extracting(m -> m.actor().id())
        .startsWith("actiris").doesNotContain("vdab", "expat-centre-limburg");
    assertThat(find(Topic.TRANSPORT, "Gent", 3).matches()).extracting(m -> m.actor().id())
        .contains("de-lijn", "sncb-nmbs").doesNotContain("stib-mivb");
    for (String place : List.of("Schaerbeek", "Roeselare", "Antwerpen", "Vilvoorde")) {
      for (Topic topic : Topic.practicalTopics()) {
        Municipality seat = kb.places().seatOf(at(place).municipality());
        assertThat(find(topic, place, 10).matches()).as("%s in %s", topic, place)
            .allSatisfy(m -> assertThat(m.actor().serviceArea().covers(seat)).isTrue());
      }
    }
  }

  @Test
  void putsTheRegionsReferenceServiceFirst() {
    assertThat(find(Topic.CIVIC_INTEGRATION, "Antwerpen", 3).matches().get(0).actor().id())
        .isEqualTo("atlas-antwerpen");
    assertThat(find(Topic.CIVIC_INTEGRATION, "Gent", 3).matches().get(0).actor().id())
        .isEqualTo("in-gent");
    assertThat(find(Topic.CIVIC_INTEGRATION, "Roeselare", 3).matches())
        .extracting(m -> m.actor().id()).doesNotContain("atlas-antwerpen", "in-gent")
        .anyMatch(id -> id.startsWith("agentschap-integratie"));
    assertThat(find(Topic.HEALTH_INSURANCE, "Leuven", 3).matches())
        .allSatisfy(m -> assertThat(m.actor().isReferenceFor(Topic.HEALTH_INSURANCE)).isTrue());
  }

  @Test
  void neverRecommendsAnActorNobodyCanReach() {
    for (Topic topic : Topic.practicalTopics()) {
      assertThat(find(topic, "Bruxelles", 50).matches()).as(topic.id())
          .allSatisfy(m -> assertThat(m.actor().isReachable()).isTrue());
    }
    assertThat(kb.actors().find(new ActorQuery(Optional.of(Topic.LEISURE_MEET_PEOPLE),
        Optional.empty(), Set.of(), 50)).matches()).extracting(m -> m.actor().id())
        .doesNotContain("foyer-brussel");
  }

  /**
   * Of two services equally placed for someone in Brussels, the one in the reader's language
   * first: the French Community's diploma equivalence for a French message, NARIC-Vlaanderen for a
   * Dutch one (by name, NARIC came first for everyone).
   */
  @Test
  void putsTheServiceInTheReadersLanguageFirstAmongEquals() {
    for (Language reader : List.of(Language.FR, Language.NL)) {
      ActorSearch search = kb.actors().find(new ActorQuery(Optional.of(Topic.DIPLOMA_RECOGNITION),
          Optional.of(at("Anderlecht")), Set.of(), 5, Optional.of(reader)));
      assertThat(search.matches().get(0).actor().id()).as(reader.code()).isEqualTo(
          reader == Language.FR ? "fwb-service-equivalences" : "naric-vlaanderen");
    }
  }

  @Test
  void putsTheNumberForEveryEmergencyBeforeThePoliceOneWhereverThePersonIs() {
    // 112.be: 112 answers fire, ambulance and police; a police call is put through to 101.
    for (String place : List.of("Molenbeek-Saint-Jean", "Gent", "Hasselt", "Liège")) {
      ActorSearch search = find(Topic.EMERGENCY, place, 3);
      assertThat(search.matches()).extracting(m -> m.actor().id()).as(place)
          .startsWith("emergency-112", "police-101");
    }
    assertThat(kb.actors().find(new ActorQuery(Optional.of(Topic.EMERGENCY), Optional.empty(),
        Set.of(), 3)).matches()).extracting(m -> m.actor().id()).startsWith("emergency-112");
  }

  @Test
  void putsServicesDedicatedToTheTopicBeforeThoseForWhichItIsASideLine() {
    // Brussels: the newcomers' booklet lists care fourth among its topics, the expat guide
    // bank accounts fourth; the community health centres and the basic banking service are
    // what a newcomer can act on.
    List<String> doctor = ids(Topic.HEALTHCARE, "Schaerbeek", 3);
    assertThat(doctor).contains("federation-maisons-medicales")
        .doesNotContain("de-stadsmus-brussel");
    List<String> bank = ids(Topic.BANK_ACCOUNT, "Bruxelles", 10);
    assertThat(bank).contains("basic-banking-service");
    assertThat(bank.indexOf("basic-banking-service")).as("%s", bank)
        .isLessThan(bank.contains("expats-in-brussels") ? bank.indexOf("expats-in-brussels")
            : bank.size());
  }

  @Test
  void leavesOutOnlineServicesInLanguagesTheReaderDoesNotWrite() {
    // "werk zoeken Brugge" and "عمل في كورتريك" got VDAB, then InterNations and Angloinfo:
    // English-only expat websites, no help to someone who writes Dutch or Arabic.
    List<String> english = List.of("internations-west-vlaanderen", "angloinfo-belgium",
        "expatica");
    for (Language reader : List.of(Language.NL, Language.AR)) {
      assertThat(ids(Topic.FIND_JOB, "Brugge", 10, reader)).as("%s", reader).contains("vdab")
          .doesNotContainAnyElementsOf(english);
      assertThat(kb.actors().find(new ActorQuery(Optional.of(Topic.FIND_JOB), Optional.empty(),
          Set.of(), 20, Optional.of(reader))).matches()).extracting(m -> m.actor().id())
          .as("%s, no place", reader).doesNotContainAnyElementsOf(english);
    }
    assertThat(ids(Topic.FIND_JOB, "Brugge", 10, Language.EN)).contains("angloinfo-belgium");
    // Its website's languages count too: "Expats in Brussels", a site in English and French.
    assertThat(ids(Topic.FIND_JOB, "Bruxelles", 10, Language.AR))
        .doesNotContain("expats-in-brussels");
    assertThat(ids(Topic.FIND_JOB, "Bruxelles", 10, Language.FR)).contains("expats-in-brussels");
    // A Dutch course online is in Dutch whoever asks for it.
    assertThat(ids(Topic.LEARN_DUTCH, "Bruxelles", 50, Language.AR)).contains("nedbox");
  }

  @Test
  void putsAnEmergencyLineAfterTheServicesOfAnotherTopic() {
    // "I need help from the CPAS in Liège" got the domestic violence line as its first card: it
    // lists social assistance beside its emergency work.
    assertThat(ids(Topic.SOCIAL_WELFARE, "Liège", 3)).first()
        .isNotEqualTo("ecoute-violences-conjugales");
    assertThat(ids(Topic.EMERGENCY, "Liège", 10)).contains("ecoute-violences-conjugales");
  }

  @Test
  void keepsAProjectForOneMunicipalitysNewcomersToThem() {
    // "nsjel f la commune f Mechelen" got vzw Pin in Wemmel (17.8 km), whose coaches serve
    // newcomers living in Wemmel (seed 003), as its second card.
    assertThat(ids(Topic.REGISTER_MUNICIPALITY, "Mechelen", 10)).doesNotContain("pin-vzw-wemmel");
    assertThat(ids(Topic.REGISTER_MUNICIPALITY, "Wemmel", 10)).contains("pin-vzw-wemmel");
    // "I want to meet people in Leuven" got Mechelen's own projects, which pair and take jogging
    // the residents of Mechelen (seed 003), at 22.6 km.
    assertThat(ids(Topic.LEISURE_MEET_PEOPLE, "Leuven", 10))
        .doesNotContain("samen-inburgeren-mechelen", "samen-lopen-mechelen");
    assertThat(ids(Topic.LEISURE_MEET_PEOPLE, "Mechelen", 10))
        .contains("samen-inburgeren-mechelen", "samen-lopen-mechelen");
  }

  private List<String> ids(Topic topic, String place, int limit, Language reader) {
    return kb.actors().find(new ActorQuery(Optional.of(topic), Optional.of(at(place)), Set.of(),
        limit, Optional.of(reader))).matches().stream().map(m -> m.actor().id()).toList();
  }

  @Test
  void sendsSomeoneLookingForADoctorToRegularCareBeforeTheOutOfHoursServices() {
    // "je cherche un médecin généraliste à Forest" got the Brussels on-call service and 1733
    // first; a newcomer needs a GP of their own, which the community health centres offer.
    // The on-call services follow (the reply's text names them too).
    for (Language reader : List.of(Language.FR, Language.NL)) {
      List<String> brussels = kb.actors().find(new ActorQuery(Optional.of(Topic.HEALTHCARE),
          Optional.of(at("Forest")), Set.of(), 4, Optional.of(reader))).matches().stream()
          .map(m -> m.actor().id()).toList();
      assertThat(brussels.get(0)).as("%s", brussels).isEqualTo(reader == Language.FR
          ? "federation-maisons-medicales" : "vereniging-wijkgezondheidscentra");
      assertThat(brussels).as("%s", brussels).contains("garde-bruxelloise-gbbw");
    }
    for (String place : List.of("Hasselt", "Gent", "Aalst")) {
      List<String> flanders = ids(Topic.HEALTHCARE, place, 3);
      assertThat(flanders.get(0)).as(place).isEqualTo("vereniging-wijkgezondheidscentra");
      assertThat(flanders).as(place).contains("huisartsenwachtposten-vlaanderen")
          .doesNotContain("federation-maisons-medicales");
    }
  }

  @Test
  void sendsSomeoneInHasseltToTheAgencyRatherThanAContactPointInMaasmechelen() {
    // Seed 003 names the Maasmechelen contact point only as Taalgarage Limburg's contact.
    for (Topic topic : List.of(Topic.LEARN_DUTCH, Topic.CIVIC_INTEGRATION)) {
      assertThat(ids(topic, "Hasselt", 3).get(0)).as("%s", topic)
          .isEqualTo("agentschap-integratie-inburgering");
    }
    assertThat(ids(Topic.LEARN_DUTCH, "Maasmechelen", 10))
        .contains("agentschap-integratie-inburgering-genk-maasland");
  }

  @Test
  void sendsParentsInGhentAndAntwerpToTheirCitysSchoolRegistration() {
    assertThat(ids(Topic.EDUCATION_CHILDREN, "Gent", 3).get(0))
        .isEqualTo("meld-je-aan-gent");
    assertThat(ids(Topic.EDUCATION_CHILDREN, "Antwerpen", 3).get(0))
        .isEqualTo("meld-je-aan-antwerpen");
    assertThat(ids(Topic.EDUCATION_CHILDREN, "Brugge", 10))
        .doesNotContain("meld-je-aan-gent", "meld-je-aan-antwerpen");
  }

  @Test
  void pointsTenantsInFlandersToTheTenantsUnionsButNotThoseInBrussels() {
    for (String place : List.of("Antwerpen", "Hasselt", "Brugge")) {
      assertThat(ids(Topic.HOUSING, place, 5))
          .as(place).contains("vlaams-huurdersplatform");
    }
    assertThat(ids(Topic.HOUSING, "Schaerbeek", 20))
        .doesNotContain("vlaams-huurdersplatform");
  }

  @Test
  void fillsUpWithNationalAndOnlineActorsWhenTheRegionRunsOut() {
    ActorSearch search = kb.actors().find(new ActorQuery(Optional.of(Topic.EMERGENCY),
        Optional.of(at("Hasselt")), Set.of(), 10));
    assertThat(search.matches()).extracting(m -> m.actor().id()).contains("emergency-112");
  }

  @Test
  void filtersOnTheLanguagesAnActorServesIn() {
    ActorSearch search = kb.actors().find(new ActorQuery(Optional.of(Topic.DIASPORA_COMMUNITY),
        Optional.of(at("Antwerpen")), Set.of("ar"), 10));
    assertThat(search.matches()).isNotEmpty().allSatisfy(m ->
        assertThat(m.actor().languages()).contains("ar"));
  }

  @Test
  void neverRecommendsAProjectThatHasEnded() {
    ActorSearch search = kb.actors().find(new ActorQuery(Optional.empty(), Optional.empty(),
        Set.of(), 50));
    assertThat(search.matches()).noneMatch(m -> m.actor().hasEnded());
  }

  @Test
  void answersInTheUsersLanguageWithTheRegionsRules() {
    String brussels = kb.answers().answer(Topic.CIVIC_INTEGRATION, Language.FR,
        Optional.of(Region.BRUSSELS)).orElseThrow();
    String flanders = kb.answers().answer(Topic.CIVIC_INTEGRATION, Language.FR,
        Optional.of(Region.FLANDERS)).orElseThrow();
    assertThat(brussels).isNotEqualTo(flanders).containsIgnoringCase("BAPA");
    assertThat(kb.answers().label(Topic.HOUSING, Language.AR)).isNotBlank().isNotEqualTo("housing");
    assertThat(kb.answers().answer(Topic.GREETING, Language.EN, Optional.empty())).isEmpty();
  }

  @Test
  void importsAValidBatchAndRejectsABadOneWithoutWritingAnything() throws Exception {
    long before = kb.actors().count();
    try (InputStream in = getClass().getResourceAsStream("/import/bad-batch.json")) {
      ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
          () -> kb.imports().importActors(in));
      assertThat(rejected.problems()).hasSize(10);
    }
    assertThat(kb.actors().count()).isEqualTo(before);
    assertThat(kb.actors().byId("ok-record")).isEmpty();

    try (InputStream in = getClass().getResourceAsStream("/import/valid-batch.json")) {
      assertThat(kb.imports().importActors(in).imported()).isEqualTo(2);
    }
    assertThat(kb.actors().count()).isEqualTo(before + 2);
    ActorSearch near = find(Topic.LEARN_DUTCH, "Hasselt", 10);
    assertThat(near.matches()).extracting(m -> m.actor().id()).contains("test-taalpunt-hasselt");
    // Importing the same batch again changes nothing.
    try (InputStream in = getClass().getResourceAsStream("/import/valid-batch.json")) {
      kb.imports().importActors(in);
    }
    assertThat(kb.actors().count()).isEqualTo(before + 2);
  }

  @Test
  void refusesAnImportThatReusesTheIdOfAShippedActor() {
    String batch = "[{\"id\": \"vdab\", \"name\": \"Fake VDAB\", \"description\": {\"en\": \"x\"},"
        + " \"topics\": [\"find_job\"], \"scope\": \"national\", \"serviceArea\": [\"national\"]}]";
    ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
        () -> kb.imports().importActors(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8))));
    assertThat(rejected.problems()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo("vdab");
      assertThat(p.reason()).startsWith("duplicate id");
    });
    assertThat(kb.actors().byId("vdab").orElseThrow().name()).isNotEqualTo("Fake VDAB");
  }

  @Test
  void rejectsMalformedJsonWithItsPosition() {
    ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
        () -> kb.imports().importActors(new ByteArrayInputStream("[{\"id\": ".getBytes())));
    assertThat(rejected.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("malformed JSON"));
  }

  @Test
  void answersEveryFilterFromMemoryExactlyAsTheStoreDoes() {
    ActorSnapshot snapshot = ActorSnapshot.of(storage.actors().version(), storage.actors().all());
    List<Set<String>> languageSets = List.of(Set.of(), Set.of("ar"), Set.of("fr", "nl"));
    int compared = 0;
    for (String place : List.of("Gent", "Schaerbeek", "Hasselt", "De Panne", "Liège")) {
      Place p = at(place);
      Municipality seat = kb.places().seatOf(p.municipality());
      for (Topic topic : Topic.values()) {
        for (Set<String> languages : languageSets) {
          ActorFilter near = ActorFilter.withAnyKey(
              SearchKeys.near(Optional.of(topic), p.point(), 25, seat), languages);
          ActorFilter anywhere = ActorFilter.withTopic(Optional.of(topic), languages);
          for (ActorFilter filter : List.of(near, anywhere)) {
            assertThat(ids(snapshot.find(filter))).as("%s %s %s", place, topic, languages)
                .isEqualTo(ids(storage.actors().find(filter)));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(300);
  }

  @Test
  void findsInMemoryEveryActorANearbySearchCouldRankAroundAnyPoint() {
    ActorSnapshot snapshot = ActorSnapshot.of(storage.actors().version(), storage.actors().all());
    java.util.Random random = new java.util.Random(7);
    int compared = 0;
    for (int i = 0; i < 60; i++) {
      GeoPoint point = new GeoPoint(50.7 + random.nextDouble() * 0.7,
          2.6 + random.nextDouble() * 3.2);
      Municipality seat = kb.places().seatOf(kb.places().placeAt(point).orElseThrow()
          .municipality());
      double radius = random.nextBoolean() ? 5 : 25;
      for (Optional<Topic> topic : topicsAndAny()) {
        ActorFilter filter = ActorFilter.withTopic(topic, Set.of());
        List<String> otherKeys = SearchKeys.beyondCells(topic, seat);
        Set<String> found = ids(snapshot.near(filter, otherKeys, point, radius, seat.id()));
        for (StoredActor a : storage.actors().find(filter)) {
          boolean inPersonWithin = SearchKeys.inPerson(a)
              && a.actor().location().orElseThrow().distanceKm(point) <= radius;
          boolean otherKey = a.searchKeys().stream().anyMatch(otherKeys::contains);
          boolean elsewhereOnly = a.actor().serviceArea().singleMunicipality()
              && a.actor().serviceArea().excluded().isEmpty()
              && !a.actor().serviceArea().covers(seat);
          if ((inPersonWithin || otherKey) && !elsewhereOnly) {
            assertThat(found).as("%s %s %s", point, topic, a.id()).contains(a.id());
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  private static List<Optional<Topic>> topicsAndAny() {
    List<Optional<Topic>> topics = new java.util.ArrayList<>();
    topics.add(Optional.empty());
    for (Topic t : Topic.values()) {
      topics.add(Optional.of(t));
    }
    return topics;
  }

  @Test
  void seesAnImportByAnotherInstanceAfterItsNextRefresh() throws Exception {
    KnowledgeBase other = KnowledgeBase.open(storage, Clock.systemUTC());
    assertThat(kb.actors().refreshIfChanged()).isFalse();
    try (InputStream in = getClass().getResourceAsStream("/import/valid-batch.json")) {
      other.imports().importActors(in);
    }
    assertThat(other.actors().byId("test-taalpunt-hasselt")).isPresent();
    assertThat(kb.actors().byId("test-taalpunt-hasselt")).isEmpty();
    assertThat(kb.actors().refreshIfChanged()).isTrue();
    assertThat(kb.actors().byId("test-taalpunt-hasselt")).isPresent();
    assertThat(find(Topic.LEARN_DUTCH, "Hasselt", 10).matches())
        .extracting(m -> m.actor().id()).contains("test-taalpunt-hasselt");
    assertThat(kb.actors().refreshIfChanged()).isFalse();
  }

  private static Set<String> ids(List<StoredActor> actors) {
    Set<String> ids = new java.util.TreeSet<>();
    actors.forEach(a -> ids.add(a.id()));
    assertThat(ids).hasSameSizeAs(actors);
    return ids;
  }

  private List<StoredActor> validBatch() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/import/valid-batch.json")) {
      ActorRecordReader.Batch batch = new ActorRecordReader(kb.places())
          .read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in));
      return batch.actors().stream()
          .map(l -> new StoredActor(l.actor(), l.precision(), Origin.IMPORT, Instant.EPOCH))
          .toList();
    }
  }

  @Test
  void appliesAtTheNextStartABatchThatWasCommittedWhenTheProcessDied() throws Exception {
    storage.imports().stage("b-1", validBatch(), Instant.now());
    storage.imports().commit("b-1", Instant.now());
    assertThat(kb.actors().byId("test-taalpunt-hasselt")).isEmpty();

    KnowledgeBase restarted = KnowledgeBase.open(storage, Clock.systemUTC());
    assertThat(restarted.actors().byId("test-taalpunt-hasselt")).isPresent();
    assertThat(storage.imports().committedNotApplied()).isEmpty();
  }

  @Test
  void neverShowsABatchThatWasStagedButNotCommittedAndDropsItOnceStale() throws Exception {
    Instant staged = Instant.now();
    storage.imports().stage("b-2", validBatch(), staged);
    KnowledgeBase restarted = KnowledgeBase.open(storage, Clock.systemUTC());
    assertThat(restarted.actors().byId("test-taalpunt-hasselt")).isEmpty();
    // Young staging may be another instance's import in progress: kept.
    assertThat(storage.imports().discardUncommitted(staged.minusSeconds(60))).isZero();
    assertThat(storage.imports().discardUncommitted(staged.plusSeconds(1))).isEqualTo(1);
    assertThat(storage.imports().discardUncommitted(staged.plusSeconds(1))).isZero();
  }

  @Test
  void importsALargeBatchReadAsAStream() {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < 5000; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"id\": \"bulk-").append(i)
          .append("\", \"name\": \"Taalpunt ").append(i)
          .append("\", \"description\": {\"nl\": \"Nederlands oefenen\"},")
          .append(" \"topics\": [\"learn_dutch\"], \"municipality\": \"Hasselt\",")
          .append(" \"serviceArea\": [\"municipality:hasselt\"],")
          .append(" \"website\": \"https://example.org/").append(i).append("\"}");
    }
    batch.append(']');
    long before = kb.actors().count();
    assertThat(kb.imports().importActors(new ByteArrayInputStream(
        batch.toString().getBytes(StandardCharsets.UTF_8))).imported()).isEqualTo(5000);
    assertThat(kb.actors().count()).isEqualTo(before + 5000);
    assertThat(storage.imports().committedNotApplied()).isEmpty();
    assertThat(kb.actors().byId("bulk-4999")).isPresent();
    // The snapshot was merged in memory and is the store's current version.
    assertThat(kb.actors().refreshIfChanged()).isFalse();
    assertThat(KnowledgeBase.open(storage, Clock.systemUTC()).actors().count())
        .isEqualTo(kb.actors().count());
  }

  @Test
  void refusesATruncatedStreamWithThePosition() {
    ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
        () -> kb.imports().importActors(new ByteArrayInputStream(
            "[{\"id\": \"a\", \"name\": \"A\"},".getBytes(StandardCharsets.UTF_8))));
    assertThat(rejected.problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("line 1"));
  }
}
