package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.Topic;

/**
 * One line of the NLU corpus ({@code lang<TAB>intent<TAB>text}).
 *
 * @param variant from the file name: standard, darija, arabizi or mixed
 */
public record Utterance(Language language, Topic intent, String text, String variant) {}
