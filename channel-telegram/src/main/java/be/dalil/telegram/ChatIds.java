package be.dalil.telegram;

import be.dalil.bot.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a Telegram chat id into the engine's channel-neutral conversation id: a keyed hash, so
 * the stored state never contains the chat id and cannot be traced back to it without the key.
 */
final class ChatIds {

  private final SecretKeySpec key;

  ChatIds(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  ConversationId conversationOf(long chatId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] hash = mac.doFinal(Long.toString(chatId).getBytes(StandardCharsets.UTF_8));
      String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
      return new ConversationId("tg-" + encoded.substring(0, 32));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
