package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.Optional;
import java.util.Set;

/**
 * What to look for: a topic (or any), for someone at a place (or anywhere), serving one of some
 * languages (or any), at most {@code limit} results; among equally placed actors, those serving
 * the {@code reader}'s language first (a French message in Brussels gets the French Community's
 * service before the Flemish one).
 */
public record ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
    int limit, Optional<Language> reader) {

  public static final int MAX_LIMIT = 50;

  public ActorQuery {
    languages = Set.copyOf(languages);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(ErrorCode.INVALID_LIMIT,
          "limit must be between 1 and " + MAX_LIMIT + ".");
    }
  }

  /** Without a reader's language: no preference among equals. */
  public ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
      int limit) {
    this(topic, place, languages, limit, Optional.empty());
  }
}
