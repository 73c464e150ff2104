package be.dalil.knowledge;

import java.util.List;

/**
 * The result of an actor query.
 *
 * @param total how many actors match the topic and language filter in all
 * @param matches the best ones, best first
 * @param reach how far the search had to widen to find them
 */
public record ActorSearch(long total, List<ActorMatch> matches, Reach reach) {

  public ActorSearch {
    matches = List.copyOf(matches);
  }

  /** How far the search widened. */
  public enum Reach {
    /** Within about 20 km of the user. */
    NEARBY,
    /** Within about 100 km: the user's region. */
    REGION,
    /** National or online actors, or no place was given. */
    EVERYWHERE
  }
}
