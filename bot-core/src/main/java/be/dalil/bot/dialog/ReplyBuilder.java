package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.ReplyPart;
import be.dalil.bot.nlu.EmergencyKind;
import be.dalil.i18n.Language;
import be.dalil.i18n.PlaceGrammar;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.ActorQuery;
import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.Scope;
import be.dalil.knowledge.Topic;
import com.ibm.icu.text.ListFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the reply to one turn: localized texts, answers, recommended actors, menus and place
 * requests, in order, then the {@link Outcome} with the new state. One builder per turn, used by
 * one handler: it never outlives the call.
 */
final class ReplyBuilder {

  private final ReplyServices services;
  private final Turn turn;
  private final Language language;
  private final List<ReplyPart> parts = new ArrayList<>();
  private final Set<String> shown = new HashSet<>();
  private Topic intent;
  private Optional<Topic> answered = Optional.empty();

  ReplyBuilder(ReplyServices services, Turn turn) {
    this.services = services;
    this.turn = turn;
    this.language = turn.language();
    this.intent = turn.understanding().intent();
  }

  /** The message is taken as another intent than understood (the fallback: out of scope). */
  ReplyBuilder intent(Topic value) {
    intent = value;
    return this;
  }

  /** The reply answers this topic. */
  ReplyBuilder answers(Topic value) {
    answered = Optional.of(value);
    return this;
  }

  ReplyBuilder say(String key) {
    return say(key, Map.of());
  }

  ReplyBuilder say(String key, Map<String, ?> args) {
    parts.add(new ReplyPart.Text(services.messages.format(language, key, args)));
    return this;
  }

  /** Says a message about the turn's place, which must be known. */
  ReplyBuilder sayAboutPlace(String key) {
    return say(key, placeArgs(Map.of()));
  }

  /**
   * What to know first about the services a question about {@code topic} asks for first (the
   * doctor on duty, the family allowance, a driving licence), before the topic's answer.
   */
  ReplyBuilder servicesAskedFirst(Topic topic) {
    askedFor(Optional.of(topic)).ifPresent(flag -> say(regional("first." + flag)));
    return this;
  }

  /** The key's variant for the turn's region ("first.family_allowance.flanders") if it has one. */
  private String regional(String key) {
    return turn.place()
        .map(p -> key + "." + p.region().id())
        .filter(k -> services.messages.has(language, k))
        .orElse(key);
  }

  /** The practical answer for a topic, with the right region's additions. */
  ReplyBuilder answer(Topic topic) {
    Optional<Region> region = turn.place().map(Place::region);
    services.knowledge.answers().answer(topic, language, region)
        .ifPresent(text -> parts.add(new ReplyPart.Text(text)));
    if (region.isPresent() && region.get() == Region.WALLONIA) {
      sayAboutPlace("place.wallonia");
    }
    return this;
  }

  /**
   * Recommended actors for a topic (any topic when empty) for the turn's place, or the ones that
   * help everywhere when there is no place; only those serving one of {@code languages} when any
   * do, and the reply says so either way. Returns what was searched.
   */
  ActorSearch actors(Optional<Topic> topic, Set<String> languages) {
    return actors(topic, languages, Optional.empty());
  }

  /**
   * What to do first for these kinds of emergency, each naming its numbers ("Call 1733, the GP on
   * duty"), before the general list of numbers; the region's variant where the numbers differ
   * (the help line for violence at home is 1712 in Flanders, 0800 30 030 in Brussels and
   * Wallonia).
   */
  ReplyBuilder emergencyFirstSteps(List<EmergencyKind> kinds) {
    kinds.forEach(kind -> say(regional("emergency.first." + kind.key())));
    return this;
  }

  /**
   * The emergency numbers' services, introduced as further help rather than as places near; those
   * that the first steps for {@code kinds} name come first, in the order they name them: a sick
   * person's family sees 112 and 1733, not the police. The other services follow only where help
   * lines help too (violence, despair) or when the kind is not known.
   */
  ActorSearch helplines(List<EmergencyKind> kinds) {
    List<String> named = new ArrayList<>();
    for (EmergencyKind kind : kinds) {
      named.addAll(PhoneNumbers.in(
          services.messages.format(language, regional("emergency.first." + kind.key()),
              Map.of())));
    }
    // Every emergency service for the place, the named ones moved first, then the usual number.
    return actors(Optional.of(Topic.EMERGENCY), Set.of(), Optional.of("actors.intro.helplines"),
        ActorQuery.MAX_LIMIT,
        search -> PhoneNumbers.namedFirst(search, named, language, services.actorsPerReply,
            kinds.isEmpty() || kinds.stream().anyMatch(EmergencyKind::wantsHelplines)));
  }

  private ActorSearch actors(Optional<Topic> topic, Set<String> languages,
      Optional<String> intro) {
    return actors(topic, languages, intro, services.actorsPerReply, UnaryOperator.identity());
  }

  /** Finds up to {@code limit} actors, then shows what {@code choose} keeps of them. */
  private ActorSearch actors(Optional<Topic> topic, Set<String> languages,
      Optional<String> intro, int limit, UnaryOperator<ActorSearch> choose) {
    Optional<Place> place = turn.place();
    ActorSearch search = choose.apply(find(topic, place, languages, limit));
    boolean noneInLanguage = false;
    // "A doctor in Hasselt who speaks English" got an English website about living in Belgium
    // and nothing else: a website is no one who speaks the language, so only online services
    // in it count as none.
    if (!languages.isEmpty()
        && search.matches().stream().allMatch(m -> m.actor().scope() == Scope.ONLINE)) {
      noneInLanguage = true;
      search = choose.apply(find(topic, place, Set.of(), limit));
    }
    if (search.matches().isEmpty()) {
      if (place.isPresent()) {
        sayAboutPlace("actors.none");
      }
      return search;
    }
    int count = search.matches().size();
    if (intro.isPresent()) {
      say(intro.get(), Map.of("count", count));
    } else if (place.isEmpty()) {
      say("actors.intro.noPlace", Map.of("count", count));
    } else if (noneInLanguage) {
      say("actors.languageNone", placeArgs(Map.of("language", languageName(languages))));
    } else if (!languages.isEmpty() && search.reach() == ActorSearch.Reach.NEARBY) {
      say("actors.intro.language",
          placeArgs(Map.of("count", count, "language", languageName(languages))));
    } else {
      ActorMatch first = search.matches().get(0);
      String key = switch (search.reach()) {
        // Services of the municipality's own area with no address of their own (Brussels' GP
        // federation and on-call service) are for people there, not "near" them.
        case NEARBY -> search.matches().stream().anyMatch(
            m -> m.distanceKm().isPresent() || m.actor().isMunicipalOffice())
            ? "actors.intro.nearby" : "actors.intro.covering";
        // The region's own public services first, or the service asked for (the pharmacy on
        // duty): no need to apologise for a missing local one.
        case REGION -> topic.filter(first.actor()::isReferenceFor).isPresent()
            || askedFor(topic).filter(first.actor().flags()::contains).isPresent()
            ? "actors.intro.covering" : "actors.intro.region";
        case EVERYWHERE -> "actors.intro.everywhere";
      };
      say(key, placeArgs(Map.of("count", count)));
    }
    show(search.matches());
    return search;
  }

  /**
   * When nothing specific is near, the welcome offices for newcomers that serve the place (the
   * integration agency, bon, a BAPA) can point the user further.
   */
  ReplyBuilder orientation() {
    if (turn.place().isEmpty()) {
      return this;
    }
    List<ActorMatch> local = new ArrayList<>();
    for (ActorMatch m : find(Optional.of(Topic.CIVIC_INTEGRATION), turn.place(), Set.of())
        .matches()) {
      if (local.size() < 2 && m.actor().isReferenceFor(Topic.CIVIC_INTEGRATION)
          && !shown.contains(m.actor().id())) {
        shown.add(m.actor().id());
        local.add(m);
      }
    }
    if (!local.isEmpty()) {
      say("actors.intro.orientation", placeArgs(Map.of("count", local.size())));
      show(local);
    }
    return this;
  }

  /** Asks where the user is: a text, and a location request the channel can turn into a button. */
  ReplyBuilder askPlace() {
    parts.add(new ReplyPart.RequestLocation(services.messages.format(language, "place.ask")));
    return this;
  }

  /** Quick replies with the main menu's topics. */
  ReplyBuilder menu() {
    return menu(Optional.empty());
  }

  /** The main menu, with {@code likely} (if any) right after the emergency numbers. */
  ReplyBuilder menu(Optional<Topic> likely) {
    List<Topic> topics = new ArrayList<>(TopicMenu.MAIN);
    likely.ifPresent(topic -> {
      topics.remove(topic);
      // Emergencies stay first in every menu.
      topics.add(topics.get(0) == Topic.EMERGENCY ? 1 : 0, topic);
    });
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Topic topic : topics) {
      options.add(topicButton(topic));
    }
    parts.add(new ReplyPart.QuickReplies(options));
    return this;
  }

  /** Quick replies for a few topics, and one for the whole menu. */
  ReplyBuilder topics(List<Topic> topics) {
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Topic topic : topics) {
      options.add(topicButton(topic));
    }
    options.add(new ReplyPart.QuickReply(services.messages.format(language, "menu.more"),
        new Payload.Menu().encode()));
    parts.add(new ReplyPart.QuickReplies(options));
    return this;
  }

  /** Says that a message out of scope may be about a topic, whose button comes early. */
  ReplyBuilder mayBeAbout(Topic topic) {
    return say("fallback.maybe",
        Map.of("topic", services.knowledge.answers().label(topic, language)));
  }

  /** Says that the message also asks about other topics, whose buttons come first. */
  ReplyBuilder alsoAsked(List<Topic> topics) {
    if (topics.size() == 1) {
      return say("answer.alsoAsked",
          Map.of("topic", services.knowledge.answers().label(topics.get(0), language)));
    }
    List<String> labels = new ArrayList<>();
    for (Topic topic : topics) {
      labels.add(services.messages.format(language, "answer.alsoAskedItem",
          Map.of("topic", services.knowledge.answers().label(topic, language))));
    }
    return say("answer.alsoAskedMany", Map.of("topics",
        ListFormatter.getInstance(language.locale()).format(labels)));
  }

  /** Quick replies to pick a language, each labelled in its own language. */
  ReplyBuilder languages() {
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Language each : Language.values()) {
      options.add(new ReplyPart.QuickReply(services.messages.format(each, "language.self"),
          new Payload.SwitchLanguage(each).encode()));
    }
    parts.add(new ReplyPart.QuickReplies(options));
    return this;
  }

  /** One quick reply that forgets the conversation, and one for the menu. */
  ReplyBuilder forgetButton() {
    parts.add(new ReplyPart.QuickReplies(List.of(
        new ReplyPart.QuickReply(services.messages.format(language, "forget.button"),
            new Payload.Forget().encode()),
        new ReplyPart.QuickReply(services.messages.format(language, "menu.more"),
            new Payload.Menu().encode()))));
    return this;
  }

  /** The reply, keeping {@code next} as the conversation's state. */
  Outcome save(ConversationState next) {
    return new Outcome(next.language(), intent, answered, turn.place(), parts,
        new Outcome.Change.Save(next));
  }

  private ActorSearch find(Optional<Topic> topic, Optional<Place> place, Set<String> languages) {
    return find(topic, place, languages, services.actorsPerReply);
  }

  private ActorSearch find(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
      int limit) {
    return services.knowledge.actors().find(new ActorQuery(topic, place,
        languages, limit, Optional.of(language), first(topic)));
  }

  /**
   * The flag of the services to show first: a bed tonight for someone without a roof; those the
   * question asks for (the doctor on duty, the family allowance) in the answer to it.
   */
  private Optional<String> first(Optional<Topic> topic) {
    return turn.route() instanceof Route.HelpFirst ? Optional.of(Actor.SHELTER)
        : askedFor(topic);
  }

  /**
   * The flag of the services the question asks for first, in the answer to its own topic; a
   * search for anything nearby is the answer to a question for any organisation nearby ("ana
   * mithli w 3ayech f anvers, wach kayn chi jam3iya t3awnni").
   */
  private Optional<String> askedFor(Optional<Topic> topic) {
    Topic intent = turn.understanding().intent();
    boolean ownAnswer = (topic.equals(Optional.of(intent))
        || topic.isEmpty() && intent == Topic.FIND_ACTOR_NEARBY)
        && !(turn.route() instanceof Route.HelpFirst);
    return ownAnswer ? turn.understanding().servicesFirst() : Optional.empty();
  }

  private void show(List<ActorMatch> matches) {
    matches.forEach(m -> shown.add(m.actor().id()));
    parts.add(new ReplyPart.Actors(matches));
  }

  private ReplyPart.QuickReply topicButton(Topic topic) {
    return new ReplyPart.QuickReply(services.knowledge.answers().label(topic, language),
        new Payload.ShowTopic(topic).encode());
  }

  /**
   * The arguments naming the turn's place: {@code place}, and {@code dePlace} for French ("près
   * d'Anvers"), plus {@code more}.
   */
  private Map<String, Object> placeArgs(Map<String, ?> more) {
    String name = turn.place().orElseThrow().municipality().name(language);
    Map<String, Object> args = new HashMap<>(more);
    args.put("place", name);
    args.put("dePlace", PlaceGrammar.frenchDe(name));
    return args;
  }

  /** The name of a requested service language in the reply's language ("arabe", "Arabisch"). */
  private String languageName(Set<String> codes) {
    String code = codes.stream().sorted().findFirst().orElseThrow();
    String key = "language.name." + code;
    return services.messages.has(language, key) ? services.messages.format(language, key) : code;
  }
}
