package be.dalil.bot.message;

import be.dalil.knowledge.Actor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Links every channel shows on an actor's card. */
public final class ActorLinks {

  private ActorLinks() {}

  /**
   * An OpenStreetMap search for the actor's address, or its name and municipality: never a
   * guessed pin. Empty when neither is known.
   */
  public static Optional<String> mapUrl(Actor a) {
    String query = !a.address().isBlank() ? a.address()
        : a.municipality().isBlank() ? "" : a.name() + ", " + a.municipality();
    if (query.isBlank()) {
      return Optional.empty();
    }
    return Optional.of("https://www.openstreetmap.org/search?query="
        + URLEncoder.encode(query + ", Belgium", StandardCharsets.UTF_8));
  }
}
