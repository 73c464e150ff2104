package be.dalil.bot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of emergency a message describes, from the words of {@code
 * nlu-lexicon/emergency-kinds.txt}: a word list rather than a model, because the kind only orders
 * numbers inside a reply already given as an emergency, and a list is easy to read and extend in
 * every language and spelling.
 */
final class EmergencyKinds {

  static final String RESOURCE = "nlu-lexicon/emergency-kinds.txt";
  /** Kinds named in a reply at most: a second one covers "he hit me and I'm bleeding". */
  static final int MAX_KINDS = 2;
  private static final int MIN_PREFIX = 4;
  private static final String UNLESS = " unless";
  private static final String NOT_BEFORE = " not before";
  private static final EmergencyKind[] KINDS = EmergencyKind.values();

  /** One-word entries (and the stems of Arabic ones) -> their kinds. */
  private final Map<String, Set<EmergencyKind>> words;
  /** Entries of several words, per kind. */
  private final Map<EmergencyKind, List<List<String>>> phrases;
  private final Map<EmergencyKind, List<String>> prefixes;
  /**
   * Words that undo a kind ({@code <kind> unless:} lines): "I lost my passport" names no missing
   * person.
   */
  private final Map<String, Set<EmergencyKind>> unless;
  /**
   * Words after which a kind's word names no danger ({@code <kind> not before:} lines): "مصاب
   * بالتوحد" (has autism) is a condition one lives with, "مصاب" alone someone injured.
   */
  private final Map<String, Set<EmergencyKind>> notBefore;

  private EmergencyKinds(Map<String, Set<EmergencyKind>> words,
      Map<EmergencyKind, List<List<String>>> phrases, Map<EmergencyKind, List<String>> prefixes,
      Map<String, Set<EmergencyKind>> unless, Map<String, Set<EmergencyKind>> notBefore) {
    this.words = Map.copyOf(words);
    this.phrases = Map.copyOf(phrases);
    this.prefixes = Map.copyOf(prefixes);
    this.unless = Map.copyOf(unless);
    this.notBefore = Map.copyOf(notBefore);
  }

  static EmergencyKinds load() {
    Map<String, Set<EmergencyKind>> words = new HashMap<>();
    Map<EmergencyKind, List<List<String>>> phrases = new EnumMap<>(EmergencyKind.class);
    Map<EmergencyKind, List<String>> prefixes = new EnumMap<>(EmergencyKind.class);
    Map<String, Set<EmergencyKind>> unless = new HashMap<>();
    Map<String, Set<EmergencyKind>> notBefore = new HashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      boolean prefix = entry.key().endsWith("*");
      Map<String, Set<EmergencyKind>> oneWordEach = entry.key().endsWith(UNLESS) ? unless
          : entry.key().endsWith(NOT_BEFORE) ? notBefore : null;
      EmergencyKind kind = EmergencyKind.valueOf(entry.key().replace("*", "")
          .replace(UNLESS, "").replace(NOT_BEFORE, "").strip().toUpperCase(Locale.ROOT));
      for (List<String> word : entry.words()) {
        if (oneWordEach != null) {
          if (word.size() > 1) {
            throw new IllegalStateException("one word per entry of " + entry.key() + ": " + word);
          }
          for (String key : LexiconWords.keysOf(word.get(0))) {
            oneWordEach.computeIfAbsent(key, t -> new HashSet<>()).add(kind);
          }
        } else if (prefix) {
          word.stream().filter(p -> p.length() >= MIN_PREFIX)
              .forEach(p -> prefixes.computeIfAbsent(kind, k -> new ArrayList<>()).add(p));
        } else if (word.size() > 1) {
          phrases.computeIfAbsent(kind, k -> new ArrayList<>()).add(word);
        } else {
          for (String key : LexiconWords.keysOf(word.get(0))) {
            words.computeIfAbsent(key, t -> new HashSet<>()).add(kind);
          }
        }
      }
    }
    phrases.replaceAll((k, v) -> List.copyOf(v));
    prefixes.replaceAll((k, v) -> List.copyOf(v));
    return new EmergencyKinds(words, phrases, prefixes, unless, notBefore);
  }

  /**
   * The kinds the tokens describe, the most mentioned first (at most {@link #MAX_KINDS}); empty
   * when none: the reply then gives the general list.
   */
  List<EmergencyKind> in(List<String> tokens) {
    int[] counts = new int[KINDS.length];
    boolean any = false;
    EnumSet<EmergencyKind> undone = EnumSet.noneOf(EmergencyKind.class);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      undone.addAll(unless.getOrDefault(token, Set.of()));
      undone.addAll(unless.getOrDefault(LexiconWords.stemOf(token), Set.of()));
      // A word counts once per kind, however many entries (word, stem, prefix) it matches.
      EnumSet<EmergencyKind> kinds = EnumSet.noneOf(EmergencyKind.class);
      kinds.addAll(words.getOrDefault(token, Set.of()));
      kinds.addAll(words.getOrDefault(LexiconWords.stemOf(token), Set.of()));
      for (Map.Entry<EmergencyKind, List<String>> entry : prefixes.entrySet()) {
        for (String prefix : entry.getValue()) {
          if (token.startsWith(prefix)) {
            kinds.add(entry.getKey());
            break;
          }
        }
      }
      if (i + 1 < tokens.size() && !kinds.isEmpty()) {
        String next = tokens.get(i + 1);
        kinds.removeAll(notBefore.getOrDefault(next, Set.of()));
        kinds.removeAll(notBefore.getOrDefault(LexiconWords.stemOf(next), Set.of()));
      }
      for (EmergencyKind kind : kinds) {
        counts[kind.ordinal()]++;
        any = true;
      }
    }
    for (Map.Entry<EmergencyKind, List<List<String>>> entry : phrases.entrySet()) {
      for (List<String> phrase : entry.getValue()) {
        if (Collections.indexOfSubList(tokens, phrase) >= 0) {
          counts[entry.getKey().ordinal()]++;
          any = true;
        }
      }
    }
    if (!any) {
      return List.of();
    }
    List<EmergencyKind> found = new ArrayList<>();
    for (EmergencyKind kind : KINDS) {
      if (counts[kind.ordinal()] > 0 && !undone.contains(kind)) {
        found.add(kind);
      }
    }
    // Most mentioned first; a tie keeps the enum's order (the sort is stable).
    found.sort(Comparator.comparingInt((EmergencyKind k) -> -counts[k.ordinal()]));
    return List.copyOf(found.subList(0, Math.min(MAX_KINDS, found.size())));
  }
}
