package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/**
 * What one message means.
 *
 * @param language the language to answer in
 * @param intent the decided intent ({@code out_of_scope} when unsure and nothing is close)
 * @param confidence the model's probability for the best intent (1 for a tapped payload)
 * @param close practical topics close enough to the best to ask which one is meant; empty when
 *     the intent is clear
 * @param place a place named in the message (or carried by a tapped payload)
 * @param namedLanguage a language named in the message ("in English", "بالعربية") or tapped
 * @param alsoAsked a second practical topic the message clearly asks about too ("where do we
 *     register, and how do we find a doctor?"), when the intent is clear; or, when the message is
 *     out of scope, the practical topic it may be about after all
 * @param emergencies for an emergency, the kinds it describes, the most mentioned first: they
 *     decide which numbers the reply names first; empty otherwise, or when no kind is clear
 * @param languageAsked the message asks to be answered in {@code language} ("answer in Arabic
 *     please"), which stays the conversation's language until another is asked for
 * @param helpFirst a need stated beside the question whose help comes first: "I am homeless in
 *     Antwerp, where can I sleep tonight" is about housing, but a shelter tonight (social
 *     welfare's CAW, OCMW, Samusocial) comes before rental sites
 * @param servicesFirst the flag of the services the question asks for first: {@code
 *     out_of_hours} for a health question asked when the usual services are closed ("mijn kind is
 *     ziek, het is zondagavond": the GP and the pharmacy on duty), {@code family_allowance} for a
 *     question about it ("kinderbijslag aanvragen": Groeipakket, Iriscare)
 * @param alsoListed further practical topics a list in the message names, after {@code
 *     alsoAsked} ("What do I do first? Register, bank, insurance?"); empty otherwise
 */
public record Understanding(
    Language language,
    Topic intent,
    double confidence,
    List<Topic> close,
    Optional<Place> place,
    Optional<Language> namedLanguage,
    Optional<Topic> alsoAsked,
    List<EmergencyKind> emergencies,
    boolean languageAsked,
    Optional<Topic> helpFirst,
    Optional<String> servicesFirst,
    List<Topic> alsoListed) {

  public Understanding {
    close = List.copyOf(close);
    emergencies = List.copyOf(emergencies);
    alsoListed = List.copyOf(alsoListed);
  }

  /** An understanding that does not ask for a language to answer in. */
  public Understanding(Language language, Topic intent, double confidence, List<Topic> close,
      Optional<Place> place, Optional<Language> namedLanguage, Optional<Topic> alsoAsked,
      List<EmergencyKind> emergencies) {
    this(language, intent, confidence, close, place, namedLanguage, alsoAsked, emergencies,
        false, Optional.empty(), Optional.empty(), List.of());
  }

  /** An understanding without emergency kinds. */
  public Understanding(Language language, Topic intent, double confidence, List<Topic> close,
      Optional<Place> place, Optional<Language> namedLanguage, Optional<Topic> alsoAsked) {
    this(language, intent, confidence, close, place, namedLanguage, alsoAsked, List.of());
  }

  Understanding withEmergencies(List<EmergencyKind> kinds) {
    return new Understanding(language, intent, confidence, close, place, namedLanguage, alsoAsked,
        kinds, languageAsked, helpFirst, servicesFirst, alsoListed);
  }

  Understanding withAlsoAsked(Topic topic) {
    return new Understanding(language, intent, confidence, close, place, namedLanguage,
        Optional.of(topic), emergencies, languageAsked, helpFirst, servicesFirst, alsoListed);
  }

  /** To be answered in the language asked for, which services need not speak. */
  Understanding answeredIn(Language asked) {
    return new Understanding(asked, intent, confidence, close, place, Optional.empty(), alsoAsked,
        emergencies, true, helpFirst, servicesFirst, alsoListed);
  }

  /** A need stated beside the question, whose help comes before the answer to it. */
  Understanding withHelpFirst(Topic topic) {
    return new Understanding(language, intent, confidence, close, place, namedLanguage, alsoAsked,
        emergencies, languageAsked, Optional.of(topic), servicesFirst, alsoListed);
  }

  /** Asking for the services flagged {@code flag} first. */
  Understanding withServicesFirst(String flag) {
    return new Understanding(language, intent, confidence, close, place, namedLanguage, alsoAsked,
        emergencies, languageAsked, helpFirst, Optional.of(flag), alsoListed);
  }

  /** Two or three practical topics are about equally likely: ask which one is meant. */
  public boolean needsClarification() {
    return close.size() >= 2;
  }

  /** A tapped button or an opened link: its meaning is certain. */
  static Understanding certain(Language language, Topic intent, Optional<Place> place,
      Optional<Language> named) {
    return new Understanding(language, intent, 1.0, List.of(), place, named, Optional.empty());
  }
}
