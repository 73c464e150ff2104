package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.Optional;
import java.util.Set;

/**
 * What to look for: a topic (or any), for someone at a place (or anywhere), serving one of some
 * languages (or any), at most {@code limit} results; among equally placed actors, those serving
 * the {@code reader}'s language first (a French message in Brussels gets the French Community's
 * service before the Flemish one); and which services come {@code first} for a need of now.
 */
public record ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
    int limit, Optional<Language> reader, First first) {

  public static final int MAX_LIMIT = 50;

  /** Which services come first. */
  public enum First {
    /** The usual order: everyday services before those for when they are closed. */
    USUAL,
    /**
     * For someone without a roof: the services that find a bed tonight ({@link Actor#SHELTER})
     * right after their own municipality's.
     */
    SHELTER,
    /**
     * When the usual services are closed: those for that time ({@link Actor#OUT_OF_HOURS}, the
     * GP and the pharmacy on duty) before the everyday ones.
     */
    OUT_OF_HOURS
  }

  public ActorQuery {
    languages = Set.copyOf(languages);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(ErrorCode.INVALID_LIMIT,
          "limit must be between 1 and " + MAX_LIMIT + ".");
    }
  }

  /** In the usual order. */
  public ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
      int limit, Optional<Language> reader) {
    this(topic, place, languages, limit, reader, First.USUAL);
  }

  /** Without a reader's language: no preference among equals. */
  public ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
      int limit) {
    this(topic, place, languages, limit, Optional.empty(), First.USUAL);
  }
}
