package be.dalil.bot;

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
 * @param confidence the model's probability for the best intent
 * @param close practical topics close enough to the best to ask which one is meant; empty when
 *     the intent is clear
 * @param place a place named in the message
 * @param namedLanguage a language named in the message ("in English", "بالعربية")
 */
record Understanding(
    Language language,
    Topic intent,
    double confidence,
    List<Topic> close,
    Optional<Place> place,
    Optional<Language> namedLanguage) {

  boolean needsClarification() {
    return close.size() >= 2;
  }
}
