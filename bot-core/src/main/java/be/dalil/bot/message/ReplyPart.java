package be.dalil.bot.message;

import be.dalil.knowledge.ActorMatch;
import java.util.List;

/** One element of a reply, in order. Channels render each kind their own way. */
public sealed interface ReplyPart {

  record Text(String text) implements ReplyPart {}

  record Actors(List<ActorMatch> actors) implements ReplyPart {
    public Actors {
      actors = List.copyOf(actors);
    }
  }

  record QuickReplies(List<QuickReply> options) implements ReplyPart {
    public QuickReplies {
      options = List.copyOf(options);
    }
  }

  /** Ask the user to share a location (or type a place); {@code text} explains why. */
  record RequestLocation(String text) implements ReplyPart {}

  /** A button: what it says and the payload it sends back. */
  record QuickReply(String label, String payload) {}
}
