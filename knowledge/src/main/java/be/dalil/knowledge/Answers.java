package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Topic labels and practical answers, held in memory (a few kilobytes) so that replies never wait
 * for the database; reloaded from the {@link AnswerStore} after each seed.
 */
public final class Answers {

  private final AnswerStore store;
  private volatile Map<Topic, TopicTexts> texts = Map.of();
  /**
   * Every answer composed once per reload, by {@link #slot}: composing it at each reply was 4% of
   * the chat's garbage.
   */
  private volatile Map<Topic, List<Optional<String>>> composed = Map.of();

  Answers(AnswerStore store) {
    this.store = store;
  }

  /** Reloads the in-memory copy from the store. */
  void refresh() {
    Map<Topic, TopicTexts> loaded = new EnumMap<>(Topic.class);
    store.loadAll().forEach(t -> loaded.put(t.topic(), t));
    Map<Topic, List<Optional<String>>> answers = new EnumMap<>(Topic.class);
    loaded.forEach((topic, t) -> {
      List<Optional<String>> bySlot = new ArrayList<>(
          Collections.nCopies(Language.values().length * REGION_SLOTS, Optional.empty()));
      for (Language language : Language.values()) {
        bySlot.set(slot(language, Optional.empty()), compose(t, language, Optional.empty()));
        for (Region region : Region.values()) {
          bySlot.set(slot(language, Optional.of(region)),
              compose(t, language, Optional.of(region)));
        }
      }
      answers.put(topic, List.copyOf(bySlot));
    });
    texts = Map.copyOf(loaded);
    composed = Map.copyOf(answers);
  }

  /** Per language: no region, then each region. */
  private static final int REGION_SLOTS = Region.values().length + 1;

  private static int slot(Language language, Optional<Region> region) {
    return language.ordinal() * REGION_SLOTS
        + (region.isPresent() ? region.get().ordinal() + 1 : 0);
  }

  /** The short label of a topic, for menus and quick replies. */
  public String label(Topic topic, Language language) {
    return Optional.ofNullable(texts.get(topic)).map(e -> e.label().in(language))
        .orElse(topic.id());
  }

  /**
   * The practical answer to a topic in a language, with the Brussels or Flanders addition when
   * the user's region is known (both when it is not and they differ).
   */
  public Optional<String> answer(Topic topic, Language language, Optional<Region> region) {
    List<Optional<String>> answers = composed.get(topic);
    return answers == null ? Optional.empty() : answers.get(slot(language, region));
  }

  /** The answer with its regional additions, if the topic has one. */
  private static Optional<String> compose(TopicTexts e, Language language,
      Optional<Region> region) {
    if (e.answer().isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(e.answer().in(language));
    List<LocalizedText> additions = region.isPresent()
        ? List.of(additionFor(e, region.get())) : List.of(e.brussels(), e.flanders());
    for (LocalizedText extra : additions) {
      if (!extra.isEmpty()) {
        text.append("\n\n").append(extra.in(language));
      }
    }
    return Optional.of(text.toString());
  }

  private static LocalizedText additionFor(TopicTexts texts, Region region) {
    return switch (region) {
      case FLANDERS -> texts.flanders();
      case BRUSSELS -> texts.brussels();
      case WALLONIA -> LocalizedText.empty();
    };
  }
}
