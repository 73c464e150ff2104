package be.dalil.telegram;

import be.dalil.bot.Assistant;
import be.dalil.bot.message.ActorLinks;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Renders a {@link Reply} as Telegram messages: texts and actor cards in HTML (everything
 * escaped), quick replies as an inline keyboard, a location request as a reply-keyboard button,
 * and nothing longer than Telegram's 4096 characters.
 */
final class TelegramReplies {

  static final int MAX_LENGTH = 4096;
  /** Belgian phone numbers as replies write them: emergency and helpline numbers, 0.. and +32. */
  private static final Pattern PHONE = Pattern.compile(
      "(\\+32(?:[ \u00a0\u202f./]?\\d){8,9}|\\b0\\d{1,3}(?:[ \u00a0\u202f./]\\d{2,3}){2,3}\\b"
          + "|\\b(?:112|101|1733|1712|1813|107|116[ \u00a0\u202f]?000)\\b)");
  private static final int BUTTONS_PER_ROW = 2;

  private final Messages dialog = new Messages(Assistant.MESSAGES);
  private final Messages telegram = new Messages(TelegramChannelConfiguration.MESSAGES);

  List<SendMessage> render(long chatId, Reply reply) {
    Language language = reply.language();
    List<SendMessage> out = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    InlineKeyboardMarkup keyboard = null;
    for (ReplyPart part : reply.parts()) {
      if (part instanceof ReplyPart.Text t) {
        blocks.add(withNumbers(escape(t.text())));
      } else if (part instanceof ReplyPart.Actors a) {
        for (ActorMatch match : a.actors()) {
          blocks.add(card(match, language));
        }
      } else if (part instanceof ReplyPart.QuickReplies q) {
        keyboard = inlineKeyboard(q.options());
      } else if (part instanceof ReplyPart.RequestLocation r) {
        flush(chatId, blocks, null, out);
        out.add(message(chatId, escape(r.text()), locationKeyboard(language)));
      }
    }
    flush(chatId, blocks, keyboard, out);
    return out;
  }

  /** A plain text message (errors, notices). */
  SendMessage notice(long chatId, Language language, String key) {
    return message(chatId, escape(telegram.format(language, key)), null);
  }

  String text(Language language, String key) {
    return telegram.format(language, key);
  }

  private void flush(long chatId, List<String> blocks, InlineKeyboardMarkup keyboard,
      List<SendMessage> out) {
    if (blocks.isEmpty()) {
      if (keyboard != null && !out.isEmpty()) {
        out.get(out.size() - 1).setReplyMarkup(keyboard);
      }
      return;
    }
    List<String> chunks = split(String.join("\n\n", blocks));
    blocks.clear();
    for (int i = 0; i < chunks.size(); i++) {
      out.add(message(chatId, chunks.get(i), i == chunks.size() - 1 ? keyboard : null));
    }
  }

  private static SendMessage message(long chatId, String html,
      org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard markup) {
    SendMessage message = SendMessage.builder()
        .chatId(chatId)
        .text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .build();
    if (markup != null) {
      message.setReplyMarkup(markup);
    }
    return message;
  }

  /** Splits at paragraph breaks, then line breaks, never inside a card, each piece <= 4096. */
  static List<String> split(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String paragraph : text.split("\n\n")) {
      for (String piece : fit(paragraph)) {
        int extra = current.length() == 0 ? piece.length() : piece.length() + 2;
        if (current.length() + extra > MAX_LENGTH) {
          chunks.add(current.toString());
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append("\n\n");
        }
        current.append(piece);
      }
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** A paragraph cut into pieces of at most 4096 characters, at line breaks or spaces. */
  private static List<String> fit(String paragraph) {
    List<String> pieces = new ArrayList<>();
    String rest = paragraph;
    while (rest.length() > MAX_LENGTH) {
      int cut = rest.lastIndexOf('\n', MAX_LENGTH);
      if (cut <= 0) {
        cut = rest.lastIndexOf(' ', MAX_LENGTH);
      }
      if (cut <= 0) {
        cut = MAX_LENGTH;
        // Never cut an HTML entity in half.
        int amp = rest.lastIndexOf('&', cut);
        if (amp > cut - 8 && rest.indexOf(';', amp) >= cut) {
          cut = amp;
        }
      }
      pieces.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }

  private String card(ActorMatch match, Language language) {
    Actor a = match.actor();
    StringBuilder card = new StringBuilder();
    card.append("<b>").append(escape(a.name(language))).append("</b>");
    String description = a.description().in(language);
    if (!description.isBlank()) {
      card.append('\n').append(escape(description));
    }
    List<String> where = new ArrayList<>();
    if (!a.municipality().isBlank()) {
      where.add(a.municipality());
    }
    match.distanceKm().filter(d -> !match.approximate() || d >= 1).ifPresent(d -> where.add(dialog.format(language,
        match.approximate() ? "card.approximate" : "card.distance",
        Map.of("distance", dialog.kilometres(language, d)))));
    if (!where.isEmpty()) {
      card.append("\n📍 ").append(escape(String.join(" · ", where)));
    }
    if (!a.address().isBlank()) {
      card.append("\n🏠 ").append(escape(a.address()));
    }
    if (!a.phone().isBlank()) {
      // Telegram makes phone numbers and emails in plain text tappable.
      card.append("\n☎️ ").append(escape(a.phone()));
    }
    if (!a.email().isBlank()) {
      card.append("\n✉️ ").append(escape(a.email()));
    }
    if (!a.website().isBlank()) {
      card.append("\n🌐 <a href=\"").append(escapeAttribute(a.website())).append("\">")
          .append(escape(dialog.format(language, "card.website"))).append("</a>");
    }
    ActorLinks.mapUrl(a).ifPresent(map -> card.append("\n🗺 <a href=\"")
        .append(escapeAttribute(map)).append("\">")
        .append(escape(dialog.format(language, "card.map"))).append("</a>"));
    if (!a.languages().isEmpty()) {
      card.append("\n🗣 ").append(escape(String.join(", ", a.languages())));
    }
    if (a.flags().contains("commercial")) {
      card.append("\n💶 ").append(escape(dialog.format(language, "card.paid")));
    }
    if (a.flags().contains(Actor.CONTACT_UNVERIFIED)) {
      card.append("\nℹ️ ").append(escape(dialog.format(language, "card.unverified")));
    }
    return card.toString();
  }

  private static InlineKeyboardMarkup inlineKeyboard(List<ReplyPart.QuickReply> options) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (ReplyPart.QuickReply option : options) {
      row.add(InlineKeyboardButton.builder().text(option.label())
          .callbackData(option.payload()).build());
      if (row.size() == BUTTONS_PER_ROW) {
        rows.add(row);
        row = new InlineKeyboardRow();
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private ReplyKeyboardMarkup locationKeyboard(Language language) {
    KeyboardButton share = KeyboardButton.builder()
        .text(telegram.format(language, "button.shareLocation")).requestLocation(true).build();
    return ReplyKeyboardMarkup.builder().keyboardRow(new KeyboardRow(share))
        .resizeKeyboard(true).oneTimeKeyboard(true).build();
  }

  /**
   * Emergency and helpline numbers (112, 1733, 070 245 245...) as code: Telegram has no tel:
   * links for bots, and a tap on code copies it, ready to dial. Numbers in international form
   * are also linked by the clients themselves.
   */
  static String withNumbers(String html) {
    return PHONE.matcher(html).replaceAll("<code>$1</code>");
  }

  /** Escapes text for Telegram's HTML parse mode. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String escapeAttribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }
}
