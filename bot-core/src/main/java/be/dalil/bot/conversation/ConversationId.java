package be.dalil.bot.conversation;

import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * A channel-neutral conversation id: 1..64 characters of {@code [A-Za-z0-9_-]}. Channels derive it
 * (the web client chooses one; Telegram uses a prefixed, non-reversible form of the chat), so the
 * engine never sees a channel's own identifiers.
 */
public record ConversationId(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ConversationId {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidRequestException(ErrorCode.INVALID_CONVERSATION_ID,
          "conversationId must be 1 to 64 characters of A-Z, a-z, 0-9, _ or -.");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
