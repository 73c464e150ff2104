package be.dalil.telegram;

import be.dalil.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Starts and stops the bot: registers the localized commands, then either long-polls for updates
 * (default) or sets the webhook. A failure to reach Telegram never stops the application.
 */
final class TelegramChannel implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  private final TelegramProperties properties;
  private final TelegramUrl url;
  private final TelegramClient client;
  private final TelegramUpdates updates;
  private final TelegramReplies replies;
  private final TelegramSender sender;
  private TelegramBotsLongPollingApplication polling;
  private volatile boolean running;

  TelegramChannel(TelegramProperties properties, TelegramUrl url, TelegramClient client,
      TelegramUpdates updates, TelegramReplies replies, TelegramSender sender) {
    this.properties = properties;
    this.url = url;
    this.client = client;
    this.updates = updates;
    this.replies = replies;
    this.sender = sender;
  }

  @Override
  public void start() {
    registerCommands();
    try {
      if (properties.webhook()) {
        client.execute(SetWebhook.builder().url(properties.webhookUrl())
            .secretToken(properties.webhookSecret()).allowedUpdates(ALLOWED_UPDATES).build());
        log.info("Telegram channel on: webhook mode");
      } else {
        client.execute(DeleteWebhook.builder().build());
        polling = new TelegramBotsLongPollingApplication();
        LongPollingSingleThreadUpdateConsumer consumer = updates::handle;
        polling.registerBot(properties.botToken(), () -> url,
            new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), consumer);
        log.info("Telegram channel on: long polling");
      }
    } catch (TelegramApiException e) {
      log.warn("Telegram channel could not start ({}); the rest of the application runs",
          e.getClass().getSimpleName());
    }
    running = true;
  }

  /** The /help, /language and /forget commands, described in each user's language. */
  private void registerCommands() {
    List<SetMyCommands> requests = new ArrayList<>();
    requests.add(commands(Language.EN, null));
    for (Language language : Language.values()) {
      requests.add(commands(language, language.code()));
    }
    for (SetMyCommands request : requests) {
      try {
        client.execute(request);
      } catch (TelegramApiException e) {
        log.warn("Telegram commands not registered ({})", e.getClass().getSimpleName());
        return;
      }
    }
  }

  private SetMyCommands commands(Language language, String code) {
    List<BotCommand> commands = List.of(
        new BotCommand("help", replies.text(language, "command.help")),
        new BotCommand("language", replies.text(language, "command.language")),
        new BotCommand("forget", replies.text(language, "command.forget")));
    return code == null ? SetMyCommands.builder().commands(commands).build()
        : SetMyCommands.builder().commands(commands).languageCode(code).build();
  }

  @Override
  public void stop() {
    running = false;
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.warn("Telegram polling did not stop cleanly: {}", e.getClass().getSimpleName());
      }
    }
    sender.close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
