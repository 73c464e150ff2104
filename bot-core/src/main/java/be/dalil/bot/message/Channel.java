package be.dalil.bot.message;

import java.util.Locale;

/** Where a message came from, for metrics: the engine answers every channel alike. */
public enum Channel {
  /** The HTTP API, which the web chat page uses too. */
  WEB,
  TELEGRAM;

  /** The lower-case name used in metric tags. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
