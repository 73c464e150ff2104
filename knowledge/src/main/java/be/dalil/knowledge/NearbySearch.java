package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Finds and ranks the actors a person can act on. For a place: only actors whose service area
 * covers it and that can be reached, in this order: the person's own municipal office (town hall,
 * CPAS/OCMW) for the topics it handles; the reference public services for the topic (VDAB,
 * Actiris, the integration agency...); organisations people visit, within the region's radius,
 * nearest first; then the services of the region, the country and online. The snapshot only
 * filters; all ranking happens here, on {@link Actor}s.
 */
final class NearbySearch {

  /**
   * A topic an actor lists this far down (third or later) is a side line of it, as is any topic
   * beside an emergency line's: among services of an area, those for which it is not come first,
   * whatever their breadth. A newcomers'
   * booklet for Brussels that also covers care came before the federation of community health
   * centres, and an expat guide before the legal basic banking service.
   */
  static final int SIDE_LINE = 2;

  /** Topics for which the municipality's own office is the first stop. */
  static final Set<Topic> OWN_OFFICE_TOPICS = EnumSet.of(Topic.REGISTER_MUNICIPALITY,
      Topic.RESIDENCE_PERMIT, Topic.SOCIAL_WELFARE);

  private final ActorSnapshot actors;
  private final PlaceResolver places;
  private final SearchSettings settings;

  NearbySearch(ActorSnapshot actors, PlaceResolver places, SearchSettings settings) {
    this.actors = actors;
    this.places = places;
    this.settings = settings;
  }

  ActorSearch search(ActorQuery query) {
    if (query.place().isEmpty()) {
      return anywhere(query);
    }
    Place place = query.place().get();
    Municipality seat = places.seatOf(place.municipality());
    double radius = settings.radiusKm(seat.region());
    int limit = query.limit();
    List<Candidate> own = new ArrayList<>();
    List<Candidate> wanted = new ArrayList<>();
    List<Candidate> reference = new ArrayList<>();
    // Thousands of candidates among 100,000 actors: only the best few are kept in order.
    Best local = new Best(limit, Candidate.BY_DISTANCE);
    Best area = new Best(limit, Candidate.BY_AREA);
    int total = 0;
    for (StoredActor a : actors.near(ActorFilter.withTopic(query.topic(), query.languages()),
        SearchKeys.beyondCells(query.topic(), seat), place.point(), radius, seat.id())) {
      Actor actor = a.actor();
      boolean office = actor.isMunicipalOffice();
      boolean isReference = !office && query.topic().map(actor::isReferenceFor).orElse(false);
      Optional<Double> distance = SearchKeys.inPerson(a)
          ? actor.location().map(place.point()::distanceKm) : Optional.empty();
      // The cheapest refusal first: most candidates of a large base are beyond the radius.
      if (!office && !isReference && distance.isPresent() && distance.get() > radius) {
        continue;
      }
      if (!actor.serviceArea().covers(seat) || !actor.isReachable()
          || !query.topic().map(t -> actor.topics().contains(t)).orElse(true)
          || onlyWhenAskedFor(actor, query) || noPartIn(actor, query)) {
        continue;
      }
      Candidate c = Candidate.of(a, distance, query);
      if (c.unreadable()) {
        continue;
      }
      if (office) {
        // Other topics of an office (the town hall's driving licences) only when asked for.
        if (query.topic().map(OWN_OFFICE_TOPICS::contains).orElse(true)
            || query.first().filter(actor.flags()::contains).isPresent()) {
          own.add(c);
          total++;
        }
      } else if (query.first().filter(actor.flags()::contains).isPresent()) {
        wanted.add(c);
        total++;
      } else if (isReference) {
        reference.add(c);
        total++;
      } else if (distance.isPresent()) {
        local.add(c);
        total++;
      } else {
        area.add(c);
        total++;
      }
    }
    // The office whose main topic this is first: the town hall to register, the CPAS for aid.
    own.sort(Candidate.OWN_OFFICE);
    wanted.sort(Candidate.WANTED);
    // When the services asked for are on duty (the pharmacy on duty), so is what the person
    // needs next: the doctor on duty before everyday care.
    boolean onDuty = wanted.stream().anyMatch(c -> c.actor().flags().contains(Actor.OUT_OF_HOURS));
    reference.sort(onDuty ? Candidate.ON_DUTY_FIRST.thenComparing(Candidate.REFERENCE)
        : Candidate.REFERENCE);
    // Anything nearby, with services asked for ("ik zit in een rolstoel, waar kan ik hulp krijgen
    // in Brugge"): those before the town hall, which is there for no topic in particular.
    List<Candidate> ranked = new ArrayList<>();
    (query.topic().isEmpty() ? List.of(wanted, own) : List.of(own, wanted)).forEach(ranked::addAll);
    ranked.addAll(reference);
    ranked.addAll(local.inOrder());
    ranked.addAll(area.inOrder());
    List<ActorMatch> matches = matches(ranked, limit);
    // Local help: the own office, an organisation within the radius, or a service of the
    // person's own municipality, province or Brussels (not only Flanders-wide or national ones).
    boolean nearby = matches.stream().anyMatch(m -> m.distanceKm().isPresent()
        || m.actor().isMunicipalOffice() || m.actor().serviceArea().breadth() <= 1);
    return new ActorSearch(total, matches,
        nearby ? ActorSearch.Reach.NEARBY : ActorSearch.Reach.REGION);
  }

  /**
   * Services that belong to a topic only for someone who asks for them, by flag. The family
   * allowance fund is social assistance for someone who asks about the allowance: "je suis
   * enceinte et j'ai rien à manger, j'habite à Namur" got FAMIWAL before the food banks, and "no
   * money for food tonight" in Ostend Groeipakket third. A listening line is care for someone who
   * asks about their mental health, not for someone looking for a GP; the allowance is no answer
   * to "my kids just arrived with me in Leuven, what about their education" either, nor the
   * agencies for babies (Kind en Gezin, the ONE) to "where can my kids go to school in
   * sint-jans-molenbeek", nor the dentist on duty to someone looking for a GP, nor a violence line to
   * "je n'ai plus d'argent pour payer le loyer, j'habite à Liège", nor social housing to a student
   * looking for a kot in Leuven, nor an LGBTQI+ association to everyone who wants to meet
   * people. A service is shown when any of its own flags is asked for (Kind en Gezin for a crèche
   * and for a pregnancy).
   */
  private static final Map<String, Set<Topic>> ONLY_WHEN_ASKED_FOR = Map.of(
      Actor.FAMILY_ALLOWANCE, Set.of(Topic.SOCIAL_WELFARE, Topic.EDUCATION_CHILDREN),
      Actor.MENTAL_HEALTH, Set.of(Topic.HEALTHCARE),
      Actor.DENTIST, Set.of(Topic.HEALTHCARE),
      Actor.VIOLENCE, Set.of(Topic.SOCIAL_WELFARE),
      Actor.CHILDCARE, Set.of(Topic.EDUCATION_CHILDREN),
      Actor.SOCIAL_HOUSING, Set.of(Topic.HOUSING));

  /**
   * Services shown to no one who has not asked for them, whatever the topic, also in a search for
   * anything nearby: an LGBTQI+ association is for someone who says they are LGBTQI+, a centre for
   * victims of human trafficking for someone who describes exploitation, the police's online desk
   * for someone who wants to report a theft, the agencies for people with a disability for someone
   * who names one.
   */
  private static final Set<String> ONLY_WHEN_ASKED_FOR_ANY_TOPIC =
      Set.of(Actor.LGBTQI, Actor.EXPLOITATION, Actor.POLICE_REPORT, Actor.DISABILITY);

  /**
   * Services of one need that are no answer to another asked for, by flag: a crèche asked for is
   * no question about school ("mijn dochter is 3 jaar, waar kan ze naar de kinderopvang in Lier"
   * got the reception classes of secondary school second, after Kind en Gezin).
   */
  private static final Map<String, Set<String>> NOT_BESIDE =
      Map.of(Actor.CHILDCARE, Set.of(Actor.SCHOOL));

  static boolean onlyWhenAskedFor(Actor actor, ActorQuery query) {
    for (Map.Entry<String, Set<String>> asked : NOT_BESIDE.entrySet()) {
      if (query.first().filter(asked.getKey()::equals).isPresent()
          && !actor.flags().contains(asked.getKey())
          && actor.flags().stream().anyMatch(asked.getValue()::contains)) {
        return true;
      }
    }
    for (String flag : ONLY_WHEN_ASKED_FOR_ANY_TOPIC) {
      if (actor.flags().contains(flag) && !query.first().filter(flag::equals).isPresent()) {
        return true;
      }
    }
    for (Map.Entry<String, Set<Topic>> only : ONLY_WHEN_ASKED_FOR.entrySet()) {
      if (query.topic().filter(only.getValue()::contains).isPresent()
          && actor.flags().contains(only.getKey())
          && !query.first().filter(actor.flags()::contains).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Services asked for in which the municipality has no part: a request for asylum is made in
   * person at the Immigration Office ("أريد أن أطلب اللجوء، أنا في بروكسل الآن" got the Brussels
   * town hall first).
   */
  private static final Set<String> WITHOUT_THE_MUNICIPALITY = Set.of(Actor.ASYLUM);
  /**
   * Services asked for that only the services flagged for them give: the town hall exchanges a
   * driving licence ("comment faire reconnaître mon permis de conduire marocain à Bruxelles ?" got
   * STIB and the SNCB after it).
   */
  private static final Set<String> ONLY_THE_SERVICES_FLAGGED = Set.of(Actor.DRIVING_LICENCE);

  static boolean noPartIn(Actor actor, ActorQuery query) {
    return query.first().filter(flag ->
        actor.isMunicipalOffice() && WITHOUT_THE_MUNICIPALITY.contains(flag)
            || ONLY_THE_SERVICES_FLAGGED.contains(flag) && !actor.flags().contains(flag))
        .isPresent();
  }

  /** Without a place: national and online first (they help anyone); never a municipal office. */
  private ActorSearch anywhere(ActorQuery query) {
    Best best = new Best(query.limit(), query.first()
        .map(flag -> Comparator.comparing((Candidate c) -> !c.actor().flags().contains(flag))
            .thenComparing(Candidate.WITHOUT_PLACE))
        .orElse(Candidate.WITHOUT_PLACE));
    int total = 0;
    for (StoredActor a : actors.find(ActorFilter.withTopic(query.topic(), query.languages()))) {
      Candidate c = Candidate.of(a, Optional.empty(), query);
      if (a.actor().isReachable() && !a.actor().isMunicipalOffice() && !c.unreadable()
          && !onlyWhenAskedFor(a.actor(), query)) {
        best.add(c);
        total++;
      }
    }
    return new ActorSearch(total, matches(best.inOrder(), query.limit()),
        ActorSearch.Reach.EVERYWHERE);
  }

  private static List<ActorMatch> matches(List<Candidate> candidates, int limit) {
    return candidates.stream().limit(limit)
        .map(c -> new ActorMatch(c.stored().actor(), c.distance(),
            c.stored().precision().approximate()))
        .toList();
  }

  /**
   * Whether none of the languages an online-only service is known to work in (its own, and its
   * website's: "Site in English and French", seed 003) is the reader's, or the one it teaches.
   * Unknown languages are no reason to leave it out.
   */
  private static boolean unreadableOnline(Actor actor, String reader, Optional<Topic> topic) {
    Set<String> known = new HashSet<>(actor.languages());
    known.addAll(actor.accessibility().websiteLanguages());
    return !known.isEmpty() && !known.contains(reader)
        && !topic.flatMap(Topic::taught).map(Language::code).map(known::contains).orElse(false);
  }

  /** The radius around a point that the 3x3 cells of a precision are sure to cover. */
  static double guaranteedRadiusKm(GeoPoint point, int precision) {
    double[] size = GeoHash.cellSize(precision);
    double latKm = size[0] * GeoHash.KM_PER_DEGREE;
    double lonKm = size[1] * GeoHash.KM_PER_DEGREE * Math.cos(Math.toRadians(point.lat()));
    return Math.min(latKm, lonKm);
  }

  /** The best {@code size} candidates by an order: a bounded heap whose head is the worst kept. */
  private static final class Best {
    private final int size;
    private final Comparator<Candidate> order;
    private final PriorityQueue<Candidate> kept;

    Best(int size, Comparator<Candidate> order) {
      this.size = size;
      this.order = order;
      this.kept = new PriorityQueue<>(size + 1, order.reversed());
    }

    void add(Candidate c) {
      if (kept.size() < size) {
        kept.add(c);
      } else if (order.compare(c, kept.peek()) < 0) {
        kept.poll();
        kept.add(c);
      }
    }

    List<Candidate> inOrder() {
      List<Candidate> sorted = new ArrayList<>(kept);
      sorted.sort(order);
      return sorted;
    }
  }

  /**
   * An actor found for a query, with what ranking compares computed once (a regular expression
   * decides whether an actor names a price: not something to redo at every comparison).
   */
  private record Candidate(StoredActor stored, Optional<Double> distance, Optional<Topic> topic,
      double km, int topicRank, int paid, int foreign, boolean unreadable, int breadth) {

    static Candidate of(StoredActor stored, Optional<Double> distance, ActorQuery query) {
      Optional<Topic> topic = query.topic();
      Optional<Language> reader = query.reader();
      Actor actor = stored.actor();
      int index = topic.map(t -> actor.topics().indexOf(t)).orElse(-1);
      // Only a known match counts: for an Arabic reader almost no actor lists Arabic, and an
      // actor with no languages recorded must not pass one that lists French and Dutch.
      boolean foreign = reader.isPresent() && !actor.languages().contains(reader.get().code());
      // A website is all there is of an online-only service: in languages the reader does not
      // write, it is no help ("werk zoeken Brugge" got VDAB, then two English expat websites).
      // A Dutch course online is in Dutch, and a French one in French: that is the point.
      boolean unreadable = reader.isPresent() && actor.scope() == Scope.ONLINE
          && unreadableOnline(actor, reader.get().code(), topic);
      return new Candidate(stored, distance, topic, distance.orElse(Double.MAX_VALUE),
          index < 0 ? 99 : index, actor.accessibility().namesAPrice() ? 1 : 0, foreign ? 1 : 0,
          unreadable, actor.serviceArea().breadthFor(query.place().map(Place::municipality),
              reader.map(Language::code)));
    }

    /**
     * Nearest first, by whole kilometres so that within the same kilometre (many actors share
     * their municipality's centre) the main topic and free offers come first.
     */
    static final Comparator<Candidate> BY_DISTANCE = Comparator
        .comparingDouble((Candidate c) -> Math.floor(c.km()))
        .thenComparingInt(Candidate::topicRank)
        .thenComparingInt(Candidate::paid)
        .thenComparingDouble(Candidate::km)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());
    /**
     * The services asked for first (a bed tonight, the doctor on duty): the nearest, then the most
     * local service, then the one serving the reader's language (a French question about a
     * crèche in Anderlecht gets the ONE before Kind en Gezin).
     */
    static final Comparator<Candidate> WANTED = Comparator
        .comparingDouble((Candidate c) -> Math.floor(c.km()))
        .thenComparingInt(Candidate::breadth)
        .thenComparingInt(Candidate::foreign)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());
    /** The person's own offices: the one for whom the topic is the main one first. */
    static final Comparator<Candidate> OWN_OFFICE = Comparator
        .comparingInt(Candidate::topicRank)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());
    /**
     * Reference services: everyday ones before those for when they are closed (a GP of one's own
     * before the GP on duty), the most local first (Atlas before the Flemish agency in Antwerp),
     * then the one serving the reader's language (in Brussels, where both communities' services
     * serve, the French Community's for a French message, the Flemish one for a Dutch one). Only
     * here: among organisations of other kinds a language preference put a paid school or an
     * expat network before free local help.
     */
    static final Comparator<Candidate> REFERENCE = Comparator
        .comparing((Candidate c) -> c.actor().flags().contains(Actor.OUT_OF_HOURS))
        .thenComparingInt(Candidate::breadth)
        .thenComparingDouble(Candidate::km)
        .thenComparing(c -> !c.actor().flags().contains(Actor.FIRST_CALL))
        .thenComparingInt(Candidate::foreign)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());
    /** Services for when the usual ones are closed before the others. */
    static final Comparator<Candidate> ON_DUTY_FIRST =
        Comparator.comparing((Candidate c) -> !c.actor().flags().contains(Actor.OUT_OF_HOURS));
    /** Services of an area: the province's, then the region's, then national and online. */
    static final Comparator<Candidate> BY_AREA = Comparator
        .comparing(Candidate::sideLine)
        .thenComparingInt(c -> c.actor().serviceArea().breadth())
        .thenComparingInt(Candidate::topicRank)
        .thenComparingInt(Candidate::paid)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());
    /** Without a place: national and online first (they help anyone), then primary topic. */
    static final Comparator<Candidate> WITHOUT_PLACE = Comparator
        .comparing((Candidate c) -> !c.actor().serviceArea().everywhere())
        .thenComparingInt(Candidate::topicRank)
        .thenComparing(c -> !c.topic().map(c.actor()::isReferenceFor).orElse(false))
        .thenComparing(c -> !c.actor().flags().contains(Actor.FIRST_CALL))
        .thenComparingInt(Candidate::paid)
        .thenComparing(c -> c.actor().name())
        .thenComparing(c -> c.actor().id());

    Actor actor() {
      return stored.actor();
    }

    /**
     * Whether the topic is a side line of the actor: listed third or later, or beside an
     * emergency line's main work ("I need help from the CPAS in Liège" got the domestic violence
     * line first, which also lists social assistance).
     */
    boolean sideLine() {
      return topicRank >= SIDE_LINE || topic.filter(t -> t != Topic.EMERGENCY).isPresent()
          && actor().topics().get(0) == Topic.EMERGENCY;
    }
  }

}
