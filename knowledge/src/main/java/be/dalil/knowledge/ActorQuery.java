package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.Optional;
import java.util.Set;

/**
 * What to look for: a topic (or any), for someone at a place (or anywhere), serving one of some
 * languages (or any), at most {@code limit} results; among equally placed actors, those serving
 * the {@code reader}'s language first (a French message in Brussels gets the French Community's
 * service before the Flemish one); and the flag of the services that come {@code first}, right
 * after the person's own municipality's: {@link Actor#SHELTER} for someone without a roof,
 * {@link Actor#OUT_OF_HOURS} when the usual services are closed, {@link Actor#FAMILY_ALLOWANCE}
 * or {@link Actor#DRIVING_LICENCE} (the town hall, which is otherwise not shown for transport)
 * or {@link Actor#MOTHER_AND_CHILD} or {@link Actor#CHILDCARE} or {@link Actor#PHARMACY} or
 * {@link Actor#SCHOOL} for a question about it, {@link Actor#URGENT_MEDICAL_AID} (the CPAS/OCMW,
 * otherwise not shown for care) for someone without residence papers, {@link Actor#TENANT_RIGHTS}
 * for a conflict with a landlord.
 */
public record ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
    int limit, Optional<Language> reader, Optional<String> first) {

  public static final int MAX_LIMIT = 50;

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
    this(topic, place, languages, limit, reader, Optional.empty());
  }

  /** Without a reader's language: no preference among equals. */
  public ActorQuery(Optional<Topic> topic, Optional<Place> place, Set<String> languages,
      int limit) {
    this(topic, place, languages, limit, Optional.empty(), Optional.empty());
  }
}
