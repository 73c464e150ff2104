package be.dalil.bot.nlu;

import java.util.Locale;

/**
 * What kind of emergency a message describes: it decides which number the reply names first. In
 * the order that wins when a message has as many words of two kinds.
 */
public enum EmergencyKind {
  /** Thoughts of ending one's life: the suicide lines, 112 in immediate danger. */
  SUICIDE,
  /** Something swallowed or breathed in: the poison centre, 112 if the person is unwell. */
  POISONING,
  /** Fire, smoke, a gas smell: 112 (fire brigade). */
  FIRE,
  /** Someone hitting, threatening, following or breaking in: 101 (police). */
  VIOLENCE,
  /** Someone missing, a child above all: 101 (police), Child Focus. */
  MISSING,
  /** Someone ill or hurt: 112 when life may be in danger, else 1733 (the GP on duty). */
  MEDICAL;

  /**
   * Whether help lines beyond the numbers its first steps name help too: someone to talk to after
   * violence or in despair (1712, 0800 30 030, Tele-Onthaal); not the police for a sick child.
   */
  public boolean wantsHelplines() {
    return this == VIOLENCE || this == SUICIDE;
  }

  /** Its name in the lexicon and the message bundles: "poisoning". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
