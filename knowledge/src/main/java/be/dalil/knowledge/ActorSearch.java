package be.dalil.knowledge;

import java.util.List;

/**
 * The result of an actor query.
 *
 * @param total how many actors match the topic, language and place in all
 * @param matches the best ones, best first
 * @param reach what the best ones are
 */
public record ActorSearch(long total, List<ActorMatch> matches, Reach reach) {

  public ActorSearch {
    matches = List.copyOf(matches);
  }

  /** What kind of help was found for the place. */
  public enum Reach {
    /** The user's own municipal office, or organisations within the region's radius. */
    NEARBY,
    /** Nothing local: only services that cover the place (the region's, national, online). */
    REGION,
    /** No place was given: national and online services first. */
    EVERYWHERE
  }
}
