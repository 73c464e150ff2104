package be.dalil.telegram;

import be.dalil.bot.message.Channel;
import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.StartLink;
import be.dalil.i18n.Language;
import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Translates Telegram updates to the engine and its replies back: text, commands
 * ({@code /start <link>}, {@code /help}, {@code /language}, {@code /forget}), shared locations and
 * tapped inline buttons. Each update is handled once, even when Telegram delivers it twice.
 */
final class TelegramUpdates {

  private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

  private final Assistant assistant;
  private final TelegramReplies replies;
  private final TelegramSender sender;
  private final ChatIds chatIds;
  private final Cache<Integer, Boolean> seen = Caffeine.newBuilder()
      .expireAfterWrite(Duration.ofHours(1)).maximumSize(200_000).build();

  TelegramUpdates(Assistant assistant, TelegramReplies replies, TelegramSender sender,
      ChatIds chatIds) {
    this.assistant = assistant;
    this.replies = replies;
    this.sender = sender;
    this.chatIds = chatIds;
  }

  void handle(Update update) {
    if (update.getUpdateId() != null && seen.asMap().putIfAbsent(update.getUpdateId(), true) != null) {
      return; // delivered twice
    }
    if (update.hasCallbackQuery()) {
      handleButton(update.getCallbackQuery());
    } else if (update.hasMessage()) {
      handleMessage(update.getMessage());
    }
  }

  private void handleButton(CallbackQuery query) {
    // Always answer, so that the button's spinner stops, whatever happens next.
    sender.sendNow(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
    if (query.getMessage() == null || query.getData() == null) {
      return;
    }
    long chatId = query.getMessage().getChatId();
    Optional<Language> client = languageOf(query.getFrom());
    Payload payload;
    try {
      payload = Payload.parse(query.getData());
    } catch (DalilException e) {
      return; // an old or foreign button: nothing to do
    }
    answer(chatId, client, Incoming.payload(chatIds.conversationOf(chatId), payload));
  }

  private void handleMessage(Message message) {
    long chatId = message.getChatId();
    ConversationId id = chatIds.conversationOf(chatId);
    Optional<Language> client = languageOf(message.getFrom());
    Incoming incoming;
    if (message.hasLocation()) {
      incoming = new Incoming(id, "", Optional.empty(), Optional.empty(),
          Optional.of(new GeoPoint(message.getLocation().getLatitude(),
              message.getLocation().getLongitude())), Optional.empty());
    } else if (message.hasText() && !message.getText().isBlank()) {
      incoming = fromText(id, message.getText().strip(), client);
    } else {
      sender.send(chatId, List.of(replies.notice(chatId, client.orElse(Language.EN),
          "error.unreadable")));
      return;
    }
    answer(chatId, client, incoming);
  }

  private static Incoming fromText(ConversationId id, String text, Optional<Language> client) {
    if (text.startsWith("/")) {
      String[] parts = text.split("\\s+", 2);
      String command = parts[0].contains("@") ? parts[0].substring(0, parts[0].indexOf('@'))
          : parts[0];
      String argument = parts.length > 1 ? parts[1] : "";
      switch (command) {
        case "/start" -> {
          StartLink link = StartLink.parse(argument).orElse(new StartLink(
              client.orElse(Language.EN), Optional.empty(), Optional.empty()));
          return Incoming.payload(id, new Payload.Start(link));
        }
        case "/help", "/menu" -> {
          return Incoming.payload(id, new Payload.Menu());
        }
        case "/language" -> {
          return Incoming.payload(id, new Payload.Languages());
        }
        case "/forget" -> {
          return Incoming.payload(id, new Payload.Forget());
        }
        default -> {
          // An unknown command is read as text.
        }
      }
    }
    String bounded = text.length() > Incoming.MAX_TEXT ? text.substring(0, Incoming.MAX_TEXT)
        : text;
    Incoming incoming = Incoming.text(id, bounded);
    return client.map(incoming::withClientLanguage).orElse(incoming);
  }

  private void answer(long chatId, Optional<Language> client, Incoming incoming) {
    Incoming withLanguage = client.isPresent() && incoming.clientLanguage().isEmpty()
        ? incoming.withClientLanguage(client.get()) : incoming;
    Reply reply;
    try {
      reply = assistant.handle(Channel.TELEGRAM, withLanguage);
    } catch (DalilException e) {
      Language language = client.orElse(Language.EN);
      String key = e.code() == ErrorCode.KNOWLEDGE_UNAVAILABLE ? "error.unavailable"
          : "error.unreadable";
      log.warn("Telegram message not answered: {}", e.code().code());
      sender.send(chatId, List.of(replies.notice(chatId, language, key)));
      return;
    }
    sender.send(chatId, replies.render(chatId, reply));
  }

  /** The user's Telegram language, a first guess only. */
  private static Optional<Language> languageOf(User user) {
    return user == null ? Optional.empty() : Language.fromCode(user.getLanguageCode());
  }
}
