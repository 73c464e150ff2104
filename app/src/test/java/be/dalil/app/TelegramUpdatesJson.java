package be.dalil.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds Telegram update JSON as the Bot API sends it. */
final class TelegramUpdatesJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger IDS = new AtomicInteger(1000);

  private TelegramUpdatesJson() {}

  static int nextId() {
    return IDS.incrementAndGet();
  }

  private static ObjectNode user(long chatId, String languageCode) {
    ObjectNode user = JSON.createObjectNode().put("id", chatId).put("is_bot", false)
        .put("first_name", "Test");
    if (languageCode != null) {
      user.put("language_code", languageCode);
    }
    return user;
  }

  private static ObjectNode message(long chatId, String languageCode) {
    ObjectNode message = JSON.createObjectNode().put("message_id", IDS.incrementAndGet())
        .put("date", 1_700_000_000);
    message.set("from", user(chatId, languageCode));
    message.set("chat", JSON.createObjectNode().put("id", chatId).put("type", "private"));
    return message;
  }

  static ObjectNode text(int updateId, long chatId, String languageCode, String text) {
    ObjectNode message = message(chatId, languageCode).put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
      message.set("entities", JSON.createArrayNode().add(JSON.createObjectNode()
          .put("type", "bot_command").put("offset", 0).put("length", end)));
    }
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    update.set("message", message);
    return update;
  }

  static ObjectNode location(int updateId, long chatId, double lat, double lon) {
    ObjectNode message = message(chatId, null);
    message.set("location", JSON.createObjectNode().put("latitude", lat).put("longitude", lon));
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    update.set("message", message);
    return update;
  }

  static ObjectNode button(int updateId, long chatId, String data) {
    ObjectNode query = JSON.createObjectNode().put("id", "cb-" + updateId)
        .put("chat_instance", "ci-" + chatId).put("data", data);
    query.set("from", user(chatId, "en"));
    query.set("message", message(chatId, null).put("text", "menu"));
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    update.set("callback_query", query);
    return update;
  }
}
