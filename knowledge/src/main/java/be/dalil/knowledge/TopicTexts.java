package be.dalil.knowledge;

/**
 * One topic's texts: its short label, the practical answer, and the additions for Brussels and
 * Flanders where the rules differ.
 */
public record TopicTexts(Topic topic, LocalizedText label, LocalizedText answer,
    LocalizedText brussels, LocalizedText flanders) {}
