package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The intent ids of {@code docs/topics.md}. The ids are a public contract: never rename them. */
public enum Topic {
  REGISTER_MUNICIPALITY("register_municipality", true),
  RESIDENCE_PERMIT("residence_permit", true),
  WORK_PERMIT("work_permit", true),
  FIND_JOB("find_job", true),
  DIPLOMA_RECOGNITION("diploma_recognition", true),
  HOUSING("housing", true),
  BANK_ACCOUNT("bank_account", true),
  HEALTH_INSURANCE("health_insurance", true),
  HEALTHCARE("healthcare", true),
  EMERGENCY("emergency", true),
  LEARN_DUTCH("learn_dutch", true),
  LEARN_FRENCH("learn_french", true),
  CIVIC_INTEGRATION("civic_integration", true),
  EDUCATION_CHILDREN("education_children", true),
  TRANSPORT("transport", true),
  SOCIAL_WELFARE("social_welfare", true),
  LEGAL_HELP("legal_help", true),
  LEISURE_MEET_PEOPLE("leisure_meet_people", true),
  DIASPORA_COMMUNITY("diaspora_community", true),
  /** Added after the first contract: income tax, the tax return, a letter from the tax office. */
  TAXES("taxes", true),
  FIND_ACTOR_NEARBY("find_actor_nearby", true),
  GREETING("greeting", false),
  THANKS("thanks", false),
  GOODBYE("goodbye", false),
  HELP("help", false),
  CHANGE_LANGUAGE("change_language", false),
  HUMAN_COUNSELLOR("human_counsellor", false),
  PROVIDE_LOCATION("provide_location", false),
  OUT_OF_SCOPE("out_of_scope", false);

  private final String id;
  private final boolean practical;

  Topic(String id, boolean practical) {
    this.id = id;
    this.practical = practical;
  }

  public String id() {
    return id;
  }

  /** A practical arrival question: answered with facts and recommended actors. */
  public boolean isPractical() {
    return practical;
  }

  /** The language this topic is about learning ("learn Dutch"), if it is one. */
  public Optional<Language> taught() {
    return switch (this) {
      case LEARN_DUTCH -> Optional.of(Language.NL);
      case LEARN_FRENCH -> Optional.of(Language.FR);
      default -> Optional.empty();
    };
  }

  public static Optional<Topic> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (Topic topic : values()) {
      if (topic.id.equals(id)) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  public static List<Topic> practicalTopics() {
    return Arrays.stream(values()).filter(Topic::isPractical).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
