package be.dalil.knowledge.unanswered;

import be.dalil.i18n.Language;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Questions Dalil could not answer that read the same, with how often they were asked.
 *
 * @param id the group's digest ({@link UnansweredQuestion#groupId()})
 * @param firstDay the first day in the kept period it was asked on
 * @param lastDay the last day it was asked on
 * @param answered an editor marked it answered
 */
public record UnansweredGroup(String id, String text, Language language, Optional<String> topic,
    Optional<String> municipality, long count, LocalDate firstDay, LocalDate lastDay,
    boolean answered) {}
