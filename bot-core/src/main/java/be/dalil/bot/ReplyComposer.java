package be.dalil.bot;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.ActorQuery;
import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The reply pieces handlers share: localized texts, answers, actors, menus, place requests. */
final class ReplyComposer {

  /** Topics offered in the main menu, in this order. */
  static final List<Topic> MENU = List.of(Topic.REGISTER_MUNICIPALITY, Topic.HOUSING,
      Topic.LEARN_DUTCH, Topic.LEARN_FRENCH, Topic.HEALTHCARE, Topic.HEALTH_INSURANCE,
      Topic.FIND_JOB, Topic.RESIDENCE_PERMIT, Topic.CIVIC_INTEGRATION, Topic.EDUCATION_CHILDREN,
      Topic.BANK_ACCOUNT, Topic.SOCIAL_WELFARE, Topic.LEGAL_HELP, Topic.LEISURE_MEET_PEOPLE,
      Topic.DIASPORA_COMMUNITY, Topic.TRANSPORT, Topic.WORK_PERMIT, Topic.DIPLOMA_RECOGNITION,
      Topic.EMERGENCY, Topic.HUMAN_COUNSELLOR);

  private static final Map<Topic, List<Topic>> RELATED = Map.ofEntries(
      Map.entry(Topic.REGISTER_MUNICIPALITY, List.of(Topic.RESIDENCE_PERMIT, Topic.HOUSING,
          Topic.CIVIC_INTEGRATION)),
      Map.entry(Topic.RESIDENCE_PERMIT, List.of(Topic.REGISTER_MUNICIPALITY, Topic.WORK_PERMIT,
          Topic.LEGAL_HELP)),
      Map.entry(Topic.WORK_PERMIT, List.of(Topic.FIND_JOB, Topic.RESIDENCE_PERMIT,
          Topic.DIPLOMA_RECOGNITION)),
      Map.entry(Topic.FIND_JOB, List.of(Topic.DIPLOMA_RECOGNITION, Topic.LEARN_DUTCH,
          Topic.WORK_PERMIT)),
      Map.entry(Topic.DIPLOMA_RECOGNITION, List.of(Topic.FIND_JOB, Topic.LEARN_DUTCH,
          Topic.LEARN_FRENCH)),
      Map.entry(Topic.HOUSING, List.of(Topic.REGISTER_MUNICIPALITY, Topic.SOCIAL_WELFARE,
          Topic.LEGAL_HELP)),
      Map.entry(Topic.BANK_ACCOUNT, List.of(Topic.REGISTER_MUNICIPALITY, Topic.HEALTH_INSURANCE,
          Topic.HOUSING)),
      Map.entry(Topic.HEALTH_INSURANCE, List.of(Topic.HEALTHCARE, Topic.BANK_ACCOUNT,
          Topic.SOCIAL_WELFARE)),
      Map.entry(Topic.HEALTHCARE, List.of(Topic.HEALTH_INSURANCE, Topic.EMERGENCY,
          Topic.SOCIAL_WELFARE)),
      Map.entry(Topic.EMERGENCY, List.of(Topic.HEALTHCARE, Topic.LEGAL_HELP,
          Topic.SOCIAL_WELFARE)),
      Map.entry(Topic.LEARN_DUTCH, List.of(Topic.CIVIC_INTEGRATION, Topic.LEISURE_MEET_PEOPLE,
          Topic.LEARN_FRENCH)),
      Map.entry(Topic.LEARN_FRENCH, List.of(Topic.CIVIC_INTEGRATION, Topic.LEISURE_MEET_PEOPLE,
          Topic.LEARN_DUTCH)),
      Map.entry(Topic.CIVIC_INTEGRATION, List.of(Topic.LEARN_DUTCH, Topic.LEARN_FRENCH,
          Topic.REGISTER_MUNICIPALITY)),
      Map.entry(Topic.EDUCATION_CHILDREN, List.of(Topic.SOCIAL_WELFARE, Topic.LEARN_DUTCH,
          Topic.HEALTHCARE)),
      Map.entry(Topic.TRANSPORT, List.of(Topic.FIND_JOB, Topic.HOUSING,
          Topic.LEISURE_MEET_PEOPLE)),
      Map.entry(Topic.SOCIAL_WELFARE, List.of(Topic.HOUSING, Topic.HEALTH_INSURANCE,
          Topic.LEGAL_HELP)),
      Map.entry(Topic.LEGAL_HELP, List.of(Topic.RESIDENCE_PERMIT, Topic.SOCIAL_WELFARE,
          Topic.HUMAN_COUNSELLOR)),
      Map.entry(Topic.LEISURE_MEET_PEOPLE, List.of(Topic.DIASPORA_COMMUNITY, Topic.LEARN_DUTCH,
          Topic.LEARN_FRENCH)),
      Map.entry(Topic.DIASPORA_COMMUNITY, List.of(Topic.LEISURE_MEET_PEOPLE,
          Topic.CIVIC_INTEGRATION, Topic.LEGAL_HELP)),
      Map.entry(Topic.FIND_ACTOR_NEARBY, List.of(Topic.CIVIC_INTEGRATION, Topic.LEARN_DUTCH,
          Topic.HOUSING)));

  /** Topics a user often needs next, as quick replies after an answer. */
  static List<Topic> related(Topic topic) {
    return RELATED.getOrDefault(topic, List.of());
  }

  private final KnowledgeBase knowledge;
  private final Messages messages;
  private final int actorsPerReply;

  ReplyComposer(KnowledgeBase knowledge, Messages messages, int actorsPerReply) {
    this.knowledge = knowledge;
    this.messages = messages;
    this.actorsPerReply = actorsPerReply;
  }

  String text(Turn turn, String key) {
    return messages.format(turn.language(), key);
  }

  String text(Turn turn, String key, Map<String, ?> args) {
    return messages.format(turn.language(), key, args);
  }

  void say(Turn turn, String key) {
    turn.add(new ReplyPart.Text(text(turn, key)));
  }

  void say(Turn turn, String key, Map<String, ?> args) {
    turn.add(new ReplyPart.Text(text(turn, key, args)));
  }

  String placeName(Turn turn, Place place) {
    return place.municipality().name(turn.language());
  }

  /** The practical answer for a topic, with the right region's additions. */
  void answer(Turn turn, Topic topic) {
    Optional<Region> region = turn.place.map(Place::region);
    knowledge.answer(topic, turn.language(), region)
        .ifPresent(text -> turn.add(new ReplyPart.Text(text)));
    if (turn.place.isPresent() && turn.place.get().region() == Region.WALLONIA) {
      say(turn, "place.wallonia", Map.of("place", placeName(turn, turn.place.get())));
    }
  }

  /**
   * Recommended actors for a topic (any topic when empty) near the conversation's place, or the
   * ones that help everywhere when there is no place. Returns what was shown.
   */
  ActorSearch actors(Turn turn, Optional<Topic> topic, Set<String> languages) {
    Optional<Place> place = turn.place;
    ActorSearch search = knowledge.findActors(new ActorQuery(topic, place.map(Place::point),
        languages, actorsPerReply));
    if (search.matches().isEmpty() && !languages.isEmpty()) {
      search = knowledge.findActors(new ActorQuery(topic, place.map(Place::point), Set.of(),
          actorsPerReply));
    }
    if (search.matches().isEmpty()) {
      if (place.isPresent()) {
        say(turn, "actors.none", Map.of("place", placeName(turn, place.get())));
      }
      return search;
    }
    int count = search.matches().size();
    String key;
    Map<String, Object> args;
    if (place.isEmpty()) {
      key = "actors.intro.noPlace";
      args = Map.of("count", count);
    } else {
      key = switch (search.reach()) {
        case NEARBY -> "actors.intro.nearby";
        case REGION -> "actors.intro.region";
        case EVERYWHERE -> "actors.intro.everywhere";
      };
      args = Map.of("count", count, "place", placeName(turn, place.get()));
    }
    say(turn, key, args);
    turn.add(new ReplyPart.Actors(search.matches()));
    return search;
  }

  /**
   * When nothing specific is near, the local organisations that help newcomers find their way
   * (welcome offices, integration agencies) can point the user further.
   */
  void orientation(Turn turn) {
    if (turn.place.isEmpty()) {
      return;
    }
    Set<String> shown = new java.util.HashSet<>();
    turn.actors().forEach(m -> shown.add(m.actor().id()));
    List<be.dalil.knowledge.ActorMatch> local = new ArrayList<>();
    for (Topic topic : List.of(Topic.CIVIC_INTEGRATION, Topic.FIND_ACTOR_NEARBY)) {
      ActorSearch search = knowledge.findActors(new ActorQuery(Optional.of(topic),
          Optional.of(turn.place.get().point()), Set.of(), actorsPerReply));
      if (search.reach() != ActorSearch.Reach.NEARBY) {
        continue;
      }
      for (be.dalil.knowledge.ActorMatch m : search.matches()) {
        if (local.size() < 2 && m.distanceKm().isPresent() && shown.add(m.actor().id())) {
          local.add(m);
        }
      }
    }
    if (!local.isEmpty()) {
      say(turn, "actors.intro.orientation", Map.of("count", local.size(),
          "place", placeName(turn, turn.place.get())));
      turn.add(new ReplyPart.Actors(local));
    }
  }

  /** Asks where the user is: a text, and a location request the channel can turn into a button. */
  void askPlace(Turn turn) {
    turn.add(new ReplyPart.RequestLocation(text(turn, "place.ask")));
  }

  /** Quick replies with the menu topics, optionally without one. */
  void menu(Turn turn, Optional<Topic> except) {
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Topic topic : MENU) {
      if (except.isEmpty() || except.get() != topic) {
        options.add(new ReplyPart.QuickReply(knowledge.label(topic, turn.language()),
            new Payload.ShowTopic(topic).encode()));
      }
    }
    turn.add(new ReplyPart.QuickReplies(options));
  }

  /** Quick replies for a few topics. */
  void topics(Turn turn, List<Topic> topics) {
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Topic topic : topics) {
      options.add(new ReplyPart.QuickReply(knowledge.label(topic, turn.language()),
          new Payload.ShowTopic(topic).encode()));
    }
    options.add(new ReplyPart.QuickReply(text(turn, "menu.more"), new Payload.Menu().encode()));
    turn.add(new ReplyPart.QuickReplies(options));
  }

  /** Quick replies to pick a language, each labelled in its own language. */
  void languages(Turn turn) {
    List<ReplyPart.QuickReply> options = new ArrayList<>();
    for (Language language : Language.values()) {
      options.add(new ReplyPart.QuickReply(messages.format(language, "language.self"),
          new Payload.SwitchLanguage(language).encode()));
    }
    turn.add(new ReplyPart.QuickReplies(options));
  }

  KnowledgeBase knowledge() {
    return knowledge;
  }
}
