package be.dalil.bot.dialog;

import be.dalil.knowledge.Region;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The topics offered as quick replies: the main menu, and what a user often needs next. */
final class TopicMenu {

  private TopicMenu() {}

  /** Topics offered in the main menu, in this order: an emergency first, in every menu. */
  static final List<Topic> MAIN = List.of(Topic.EMERGENCY, Topic.REGISTER_MUNICIPALITY,
      Topic.HOUSING,
      Topic.LEARN_DUTCH, Topic.LEARN_FRENCH, Topic.HEALTHCARE, Topic.HEALTH_INSURANCE,
      Topic.FIND_JOB, Topic.RESIDENCE_PERMIT, Topic.CIVIC_INTEGRATION, Topic.EDUCATION_CHILDREN,
      Topic.BANK_ACCOUNT, Topic.SOCIAL_WELFARE, Topic.LEGAL_HELP, Topic.LEISURE_MEET_PEOPLE,
      Topic.DIASPORA_COMMUNITY, Topic.TRANSPORT, Topic.WORK_PERMIT, Topic.DIPLOMA_RECOGNITION,
      Topic.TAXES, Topic.HUMAN_COUNSELLOR);

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
      Map.entry(Topic.TAXES, List.of(Topic.FIND_JOB, Topic.SOCIAL_WELFARE,
          Topic.HUMAN_COUNSELLOR)),
      Map.entry(Topic.FIND_ACTOR_NEARBY, List.of(Topic.CIVIC_INTEGRATION, Topic.LEARN_DUTCH,
          Topic.HOUSING)));

  private static List<Topic> related(Topic topic) {
    return RELATED.getOrDefault(topic, List.of());
  }

  /**
   * Topics a user often needs next, as quick replies after an answer, for where they are: the
   * language of their region to learn, not the other one ("Learn Dutch" after a job in Liège was
   * no help); both in Brussels.
   */
  static List<Topic> related(Topic topic, Optional<Region> region) {
    Optional<Topic> local = region.flatMap(TopicMenu::languageToLearn);
    if (local.isEmpty()) {
      return related(topic);
    }
    Topic other = local.get() == Topic.LEARN_DUTCH ? Topic.LEARN_FRENCH : Topic.LEARN_DUTCH;
    List<Topic> topics = new ArrayList<>();
    for (Topic t : related(topic)) {
      Topic offered = t == other ? local.get() : t;
      if (offered != topic && !topics.contains(offered)) {
        topics.add(offered);
      }
    }
    return topics;
  }

  private static Optional<Topic> languageToLearn(Region region) {
    return switch (region) {
      case FLANDERS -> Optional.of(Topic.LEARN_DUTCH);
      case WALLONIA -> Optional.of(Topic.LEARN_FRENCH);
      case BRUSSELS -> Optional.empty();
    };
  }
}
