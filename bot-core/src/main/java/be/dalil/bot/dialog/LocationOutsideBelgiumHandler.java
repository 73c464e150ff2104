package be.dalil.bot.dialog;

/**
 * A shared location outside Belgium (a phone abroad, a GPS reporting 0,0): say so and ask for the
 * municipality, rather than note the nearest Belgian one; the remembered place stays as it was.
 */
final class LocationOutsideBelgiumHandler implements TopicHandler {

  private final ReplyServices replies;

  LocationOutsideBelgiumHandler(ReplyServices replies) {
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.incoming().location()
        .map(point -> replies.knowledge.places().placeAt(point).isEmpty())
        .orElse(false);
  }

  @Override
  public Outcome handle(Turn turn) {
    return replies.replyTo(turn).say("place.outsideBelgium").askPlace().save(turn.state());
  }
}
