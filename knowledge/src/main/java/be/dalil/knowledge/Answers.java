package be.dalil.knowledge;

import be.dalil.i18n.Language;
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

  Answers(AnswerStore store) {
    this.store = store;
  }

  /** Reloads the in-memory copy from the store. */
  void refresh() {
    Map<Topic, TopicTexts> loaded = new EnumMap<>(Topic.class);
    store.loadAll().forEach(t -> loaded.put(t.topic(), t));
    texts = Map.copyOf(loaded);
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
    return Optional.ofNullable(texts.get(topic)).filter(e -> !e.answer().isEmpty()).map(e -> {
      StringBuilder text = new StringBuilder(e.answer().in(language));
      List<LocalizedText> additions = region.isPresent()
          ? List.of(additionFor(e, region.get())) : List.of(e.brussels(), e.flanders());
      for (LocalizedText extra : additions) {
        if (!extra.isEmpty()) {
          text.append("\n\n").append(extra.in(language));
        }
      }
      return text.toString();
    });
  }

  private static LocalizedText additionFor(TopicTexts texts, Region region) {
    return switch (region) {
      case FLANDERS -> texts.flanders();
      case BRUSSELS -> texts.brussels();
      case WALLONIA -> LocalizedText.empty();
    };
  }
}
