package be.dalil.knowledge;

import be.dalil.i18n.ArabicPrefixes;
import be.dalil.i18n.TextNormalizer;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Belgian municipalities by any of their names (ar, en, fr, nl), common spellings, Arabic
 * script or Latin transliteration, postcode, or coordinates. Immutable after construction.
 */
public final class PlaceResolver {

  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
  /** Numbers in this range are read as years unless something says they are postcodes. */
  private static final int FIRST_YEAR = 1950;
  private static final int LAST_YEAR = 2035;
  private static final Set<String> CURRENCIES = Set.of("euro", "euros", "eur", "€", "e", "dh",
      "dhs", "dirham", "dirhams", "يورو", "اورو", "درهم");
  private static final Set<String> POSTCODE_WORDS = Set.of("postcode", "postal", "cp",
      "postnummer", "zip", "البريدي");
  /** A name after an elided French "de": "d'Anderlecht", "d’Oud-Heverlee". */
  private static final Pattern ELIDED_DE =
      Pattern.compile("(?<!\\p{L})[dD]['\u2019]([\\p{L}][\\p{L}-]*)");
  /**
   * A word for the municipality, as newcomers spell it, right before a name ("registration commune
   * forest", "regstr comune anderlect").
   */
  private static final Pattern AFTER_COMMUNE = Pattern.compile(
      "(?<!\\p{L})(?i:commune|comune|commun|municipality|municipalite|municipalité)\\s+"
          + "([\\p{L}][\\p{L}-]*)");
  private static final int MAX_WORDS_IN_NAME = 4;
  /** The most words of a short request that may end on a name that is also a word. */
  private static final int SHORT_REQUEST = 4;
  /**
   * Words that make the end of a short message an ordinary word, not a place: a subject at the
   * start ("ik eet ham", "je jette") or an article right before it ("I love the forest").
   */
  private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they",
      "it", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ik", "jij", "u",
      "hij", "zij", "ze", "wij", "jullie", "ana", "nta", "nti", "howa", "hiya", "hna");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "your", "this",
      "le", "la", "les", "un", "une", "du", "des", "mon", "ma", "mes", "ce", "cette", "de", "het",
      "een", "mijn", "die", "dat", "deze", "grote", "groot", "kleine", "klein");
  /** Names people also use for a wider area: any other place in the same message is preferred. */
  private static final Set<String> UMBRELLA = Set.of("bruxelles");

  private final List<Municipality> municipalities;
  private final Map<String, Municipality> byName = new HashMap<>();
  private final Map<String, Municipality> byAlias = new HashMap<>();
  private final Map<String, Municipality> byLatin = new HashMap<>();
  private final Map<String, List<Municipality>> bySkeleton = new HashMap<>();
  private final Map<String, Municipality> byPostcode = new HashMap<>();
  private final Map<String, Municipality> byId = new HashMap<>();
  /** Names of several words, by their tokens joined with spaces: "sint joost ten node". */
  private final Map<String, Municipality> byWords = new HashMap<>();
  /**
   * The first word of every name in {@link #byWords}: a message's word that starts none needs no
   * joined key (joining every run of up to four words cost a tenth of understanding's garbage).
   */
  private final Set<String> multiWordStarts = new HashSet<>();
  /** One-deletion neighbourhoods of Latin keys, for typo-tolerant lookup in O(word length). */
  private final Map<String, Set<String>> latinDeletes = new HashMap<>();
  private final Set<String> ambiguous;
  /** Everyday words one letter away from a name: never read as that name misspelt. */
  private final Set<String> notMisspellings;
  private final Set<String> locatives;
  /** Every name and alias in Latin ASCII, for suggestions (worked out once, not per request). */
  private final List<Spelling> spellings = new ArrayList<>();

  private record Spelling(String officialName, String latin) {}

  /** The gazetteer shipped with Dalil. */
  public static PlaceResolver shipped() {
    return GazetteerFile.load(new com.fasterxml.jackson.databind.ObjectMapper());
  }

  PlaceResolver(List<Municipality> municipalities, Set<String> ambiguousNames,
      Set<String> locativeWords, Set<String> notMisspellings) {
    // Municipalities before districts, Brussels and Flanders before Wallonia: the first entry
    // wins a shared spelling.
    List<Municipality> ordered = new ArrayList<>(municipalities);
    ordered.sort(Comparator.comparing(Municipality::district)
        .thenComparing(m -> m.region().ordinal()));
    this.municipalities = List.copyOf(ordered);
    this.ambiguous = Set.copyOf(ambiguousNames);
    this.locatives = Set.copyOf(locativeWords);
    this.notMisspellings = Set.copyOf(notMisspellings);
    for (Municipality m : this.municipalities) {
      byId.putIfAbsent(m.id(), m);
      for (String name : m.names().texts().values()) {
        index(byName, compact(name), m);
        indexLatin(name, m);
        indexWords(name, m);
      }
      index(byName, compact(m.id()), m);
      for (String alias : m.aliases()) {
        index(byAlias, compact(alias), m);
        indexLatin(alias, m);
        indexWords(alias, m);
      }
      for (String postcode : m.postcodes()) {
        byPostcode.putIfAbsent(postcode, m);
      }
      for (String name : names(m)) {
        String latin = TextNormalizer.toLatinAscii(name).replace(" ", "");
        spellings.add(new Spelling(m.officialName(), latin));
      }
    }
  }

  private void indexLatin(String name, Municipality m) {
    String skeleton = TextNormalizer.skeleton(name);
    if (skeleton.length() >= 3) {
      List<Municipality> list = bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>());
      if (!list.contains(m)) {
        list.add(m);
      }
    }
    // Arabic names are matched in Arabic script; their Latin transliterations ("ات" -> "at")
    // would turn everyday words into places.
    if (TextNormalizer.dominantScript(name) != UScript.LATIN) {
      return;
    }
    String latin = TextNormalizer.toLatinAscii(name).replace(" ", "");
    if (latin.isEmpty()) {
      return;
    }
    if (byLatin.putIfAbsent(latin, m) == null && latin.length() >= 5) {
      for (String delete : deletes(latin)) {
        latinDeletes.computeIfAbsent(delete, k -> new HashSet<>()).add(latin);
      }
    }
  }

  private void indexWords(String name, Municipality m) {
    List<String> words = TextNormalizer.tokens(name);
    if (words.size() > 1) {
      byWords.putIfAbsent(String.join(" ", words), m);
      multiWordStarts.add(words.get(0));
    }
  }

  private static void index(Map<String, Municipality> map, String key, Municipality m) {
    if (!key.isEmpty()) {
      map.putIfAbsent(key, m);
    }
  }

  /** Normalised with spaces, hyphens and apostrophes removed: "Sint-Joost-ten-Node" -> "sintjoosttennode". */
  static String compact(String text) {
    return TextNormalizer.normalize(text).replace(" ", "");
  }

  public List<Municipality> municipalities() {
    return municipalities;
  }

  public Optional<Municipality> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The municipality of today whose town hall serves a place: a district's municipality, or the
   * one a merged municipality became part of.
   */
  public Municipality seatOf(Municipality m) {
    Municipality seat = m;
    for (int hops = 0; hops < 3 && !seat.current(); hops++) {
      Optional<String> next = seat.partOf().or(seat::mergedInto);
      if (next.isEmpty() || !byId.containsKey(next.get())) {
        break;
      }
      seat = byId.get(next.get());
    }
    return seat;
  }

  /**
   * Longest text read as a place name: the longest name in the gazetteer
   * ("Beveren-Kruibeke-Zwijndrecht") has 28 characters. Longer texts are no place, so the cost of
   * a lookup does not grow with what a client sends.
   */
  public static final int MAX_PLACE_CHARS = 100;

  /**
   * Resolves a text that is meant to be a place: a name in any language or script, a common
   * misspelling, or a postcode.
   */
  public Optional<Place> resolve(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_PLACE_CHARS) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (POSTCODE.matcher(trimmed).matches()) {
      return byPostcode(trimmed);
    }
    List<String> tokens = TextNormalizer.tokens(trimmed);
    Optional<Place> inMessage = placeNamed(findMention(trimmed, tokens, true), trimmed, true);
    if (inMessage.isPresent()) {
      return inMessage;
    }
    String key = compact(trimmed);
    return lookup(key, true)
        .or(() -> bySkeleton(trimmed, 3))
        .map(Place::centreOf);
  }

  /**
   * A municipality by one of its names or aliases in any language (case and accents aside), or a
   * postcode; no typo tolerance. For data, where a near miss ("G.nt") is an error to report
   * rather than a guess.
   */
  public Optional<Place> byExactName(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_PLACE_CHARS) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (POSTCODE.matcher(trimmed).matches()) {
      return byPostcode(trimmed);
    }
    return lookup(compact(trimmed), false).map(Place::centreOf);
  }

  public Optional<Place> byPostcode(String postcode) {
    Municipality m = byPostcode.get(postcode);
    return m == null ? Optional.empty()
        : Optional.of(new Place(m, postcode, m.centre(), false));
  }

  /**
   * Finds a place mentioned inside a message ("where can I learn Dutch in Schaerbeek", "ana f
   * molenbeek", "أسكن في غنت", "1030"). Names that are also common words ("Boom", "Geel") count
   * only after a word such as "in", "à" or "في", or when they are the whole message.
   */
  public Optional<Place> findIn(String message) {
    List<String> tokens = TextNormalizer.tokens(message);
    return placeNamed(findMention(message, tokens, false), message, false);
  }

  /**
   * The place a message names: the mention's, unless the message also names a place after an
   * elided French "de" ("la commune d'Anderlecht", "le CPAS d’Etterbeek"), which tokenising glued
   * into one word ("danderlecht") that {@link #findMention} does not read. Such a name wins over
   * no place and over an umbrella name ("à Bruxelles, dans la commune d'Ixelles"); so does a name,
   * even misspelt, right after "commune" or "municipality" ("registration commune forest": "forest"
   * alone is an English word).
   *
   * <p>Kept out of {@link #findMention} on purpose: the intent model's features are built on its
   * spans (a place becomes one placeholder), so widening it would change what the shipped model
   * was trained on; here it changes only which place the reply is about.
   */
  public Optional<Place> placeNamed(Optional<PlaceMention> mention, String text,
      boolean placeExpected) {
    boolean umbrellaOrNone = mention
        .map(m -> UMBRELLA.contains(m.place().municipality().id())).orElse(true);
    if (umbrellaOrNone) {
      Matcher elided = ELIDED_DE.matcher(text);
      while (elided.find()) {
        String name = compact(elided.group(1));
        if (!ambiguous.contains(name) || placeExpected) {
          Optional<Municipality> found = lookup(name, false);
          if (found.isPresent()) {
            return found.map(Place::centreOf);
          }
        }
      }
      Matcher named = AFTER_COMMUNE.matcher(text);
      while (named.find()) {
        // Right after such a word a misspelt name is still the place it is closest to.
        Optional<Municipality> found = lookup(compact(named.group(1)), true);
        if (found.isPresent()) {
          return found.map(Place::centreOf);
        }
      }
      Optional<Municipality> atTheEnd = endOfAShortRequest(text);
      if (atTheEnd.isPresent()) {
        return atTheEnd.map(Place::centreOf);
      }
    }
    return mention.map(PlaceMention::meant);
  }

  /**
   * "travail jette" and "medecin generaliste forest" had no place: a name in Latin letters that is
   * also a word ends a request of two to {@link #SHORT_REQUEST} words that has no subject and no
   * article before the name.
   */
  private Optional<Municipality> endOfAShortRequest(String text) {
    // Most messages without a place are longer: no second tokenising for them.
    if (text.strip().split("\\s+", SHORT_REQUEST + 1).length > SHORT_REQUEST) {
      return Optional.empty();
    }
    List<String> tokens = TextNormalizer.tokens(text);
    int last = tokens.size() - 1;
    // Latin letters only: "أحتاج مساعدة بشكل فوري" (I need help right away) ends on Forest's
    // Arabic spelling.
    if (last < 1 || last >= SHORT_REQUEST || !ambiguous.contains(tokens.get(last))
        || !tokens.get(last).chars().allMatch(c -> c >= 'a' && c <= 'z')
        || SUBJECTS.contains(tokens.get(0)) || ARTICLES.contains(tokens.get(last - 1))) {
      return Optional.empty();
    }
    return lookup(tokens.get(last), false);
  }

  /**
   * Whether a four-digit number in a message is a postcode rather than an amount or a year: not
   * followed by a currency ("2340 euros"), and a year ("in 2018", "coupe du monde 2030"; Antwerp's
   * postcodes run from 2000 to 2660) only next to a place's name ("2018 Antwerpen"), after a word
   * for postcode, alone, or when the conversation asked for a place.
   */
  private boolean readsAsPostcode(List<String> tokens, int i, boolean placeExpected) {
    if (i + 1 < tokens.size() && CURRENCIES.contains(tokens.get(i + 1))
        || i > 0 && CURRENCIES.contains(tokens.get(i - 1))) {
      return false;
    }
    int number = Integer.parseInt(tokens.get(i));
    if (number < FIRST_YEAR || number > LAST_YEAR || placeExpected || tokens.size() <= 2) {
      return true;
    }
    return i > 0 && (POSTCODE_WORDS.contains(tokens.get(i - 1))
        || lookup(tokens.get(i - 1), false).isPresent())
        || i + 1 < tokens.size() && lookup(tokens.get(i + 1), false).isPresent();
  }

  /**
   * A place found in a message and the tokens [start, end) that named it; and where the message
   * moves to from it, if it does ("mn anderlecht l schaerbeek"), which is the place it means.
   */
  public record PlaceMention(Place place, int start, int end, Optional<Place> movedTo) {

    public PlaceMention(Place place, int start, int end) {
      this(place, start, end, Optional.empty());
    }

    /** The place the message means: where it moves to, else the place named. */
    public Place meant() {
      return movedTo.orElse(place);
    }

    /** The tokens without the ones that named the place. */
    public List<String> removeFrom(List<String> tokens) {
      List<String> rest = new ArrayList<>(tokens.subList(0, start));
      rest.addAll(tokens.subList(end, tokens.size()));
      return rest;
    }
  }

  /**
   * The word before, or the two words before, are a locative: "in", "à", "f", "في", and "commune
   * de", "gemeente", "dyal" after "commune" ("la commune de Jette" had no place: "jette" is also
   * French for "throws").
   */
  private boolean afterLocative(List<String> tokens, int start) {
    return start > 0 && (locatives.contains(tokens.get(start - 1))
        || start > 1 && locatives.contains(tokens.get(start - 2) + tokens.get(start - 1)));
  }

  /**
   * Like {@link #findIn}, on the message and its tokens from {@link TextNormalizer#tokens}, with
   * the place's span. A misspelt name ("Schaerbek") or another script's spelling counts only where
   * a place is expected: after a locative word ("in", "à", "f", "في") or when the conversation
   * asked for a place ({@code placeExpected}) — so that "cheers" is never Heers. {@code text}
   * is the message as typed (kept for context rules that need it). When a message names several places, the most precise wins (a
   * commune over "Bruxelles", which people also use for the whole region), then the first.
   */
  public Optional<PlaceMention> findMention(String text, List<String> tokens,
      boolean placeExpected) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (isPostcode(token) && readsAsPostcode(tokens, i, placeExpected)) {
        Optional<Place> place = byPostcode(token);
        if (place.isPresent()) {
          return Optional.of(new PlaceMention(place.get(), i, i + 1));
        }
      }
    }
    List<PlaceMention> found = new ArrayList<>();
    boolean[] used = new boolean[tokens.size()];
    for (int size = Math.min(MAX_WORDS_IN_NAME, tokens.size()); size >= 1; size--) {
      for (int start = 0; start + size <= tokens.size(); start++) {
        if (anyUsed(used, start, start + size)) {
          continue;
        }
        // Several words match only a name written in several words ("Sint-Joost-ten-Node"), never
        // two unrelated words glued together ("well en" is not Wellen).
        if (size > 1 && !multiWordStarts.contains(tokens.get(start))) {
          continue;
        }
        String key = size == 1 ? tokens.get(start)
            : String.join(" ", tokens.subList(start, start + size));
        boolean afterLocative = afterLocative(tokens, start);
        Optional<Municipality> match = size == 1 ? lookup(key, false)
            : Optional.ofNullable(byWords.get(key));
        if (match.isEmpty() && size == 1) {
          match = withoutArabicPrefix(key, placeExpected || afterLocative);
        }
        // The whole message, not one word of two: "ليلة سعيدة" (good night) is not Lille.
        if (match.isPresent() && ambiguous.contains(key)
            && !(placeExpected || afterLocative || tokens.size() == 1)) {
          continue;
        }
        // A misspelling needs stronger context than a short message or a capital letter
        // ("cheers" alone is thanks, "Mensen" starts a Dutch sentence).
        if (match.isEmpty() && size == 1 && (placeExpected || afterLocative)) {
          match = typo(key);
        }
        if (match.isPresent()) {
          found.add(new PlaceMention(Place.centreOf(match.get()), start, start + size));
          java.util.Arrays.fill(used, start, start + size, true);
        }
      }
    }
    if (found.isEmpty()) {
      // Cross-script spelling ("شاربيك" for Schaerbeek) only where a place is expected.
      // Only after a locative or when asked, and only for names with enough consonants to be
      // telling: "لندن" (London) must not become Landen.
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        boolean expected = placeExpected || afterLocative(tokens, i);
        if (expected && token.length() >= 4
            && TextNormalizer.dominantScript(token) == UScript.ARABIC) {
          Optional<Municipality> match = bySkeleton(token, 5);
          if (match.isPresent()) {
            found.add(new PlaceMention(Place.centreOf(match.get()), i, i + 1));
          }
        }
      }
    }
    // The words that named the place stay those of the first (the intent model reads the message
    // without them); the place of a move is its destination.
    return found.stream().min(Comparator
        .comparing((PlaceMention m) -> UMBRELLA.contains(m.place().municipality().id()))
        .thenComparing(PlaceMention::start))
        .map(first -> movedTo(found, tokens).filter(to -> to != first)
            .map(to -> new PlaceMention(first.place(), first.start(), first.end(),
                Optional.of(to.place())))
            .orElse(first));
  }

  /** Words for "from" and "to" right before two places named one after the other. */
  private static final Set<String> MOVE_FROM = Set.of("from", "van", "de", "mn", "men", "من");
  private static final Set<String> MOVE_TO = Set.of("to", "naar", "a", "vers", "l", "li", "الي", "الى",
      "ل");

  /**
   * "mn anderlecht l schaerbeek", "van Gent naar Mechelen", "de Forest à Uccle": of a move from one
   * place to the next, the second is where the person lives now, and where a move is declared (the
   * first got the Anderlecht town hall). Only "from" + place + "to" + place, in a row.
   */
  private static Optional<PlaceMention> movedTo(List<PlaceMention> found, List<String> tokens) {
    for (PlaceMention from : found) {
      if (from.start() == 0 || !MOVE_FROM.contains(tokens.get(from.start() - 1))) {
        continue;
      }
      for (PlaceMention to : found) {
        if (to.start() == from.end() + 1 && MOVE_TO.contains(tokens.get(from.end()))) {
          return Optional.of(to);
        }
      }
    }
    return Optional.empty();
  }

  /** Tokens only: no capital letters to go by, no place asked for. */
  public Optional<PlaceMention> findMention(List<String> tokens) {
    return findMention("", tokens, false);
  }

  /** Four digits, the first not 0: what {@link #POSTCODE} matches, without a matcher per word. */
  private static boolean isPostcode(String token) {
    if (token.length() != 4 || token.charAt(0) < '1' || token.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < 4; i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }



  /**
   * A name with a glued preposition ("فغنت", "بغنت"). Glued "و" (and) or "ل" (to, for) alone are
   * no locative, so they count only where a place is expected ("والتر" is Walter, not Aalter).
   */
  private Optional<Municipality> withoutArabicPrefix(String token, boolean expected) {
    for (String stem : ArabicPrefixes.strippings(token, ArabicPrefixes.PREPOSITIONS)) {
      String prefix = token.substring(0, token.length() - stem.length());
      if (!expected && (prefix.equals("و") || prefix.equals("ل"))) {
        continue;
      }
      Optional<Municipality> found = lookup(stem, false);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A misspelt Latin name, one letter off ("Schaerbek", "Antwerpn"). */
  private Optional<Municipality> typo(String key) {
    if (key.length() < 6 || !isAscii(key)
        || notMisspellings.contains(key)) {
      return Optional.empty();
    }
    return closeLatin(key).map(byLatin::get);
  }

  private Optional<Municipality> lookup(String key, boolean allowTypos) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Municipality m = byName.get(key);
    if (m == null) {
      m = byAlias.get(key);
    }
    if (m == null && isAscii(key)) {
      // normalize() already removed Latin accents, so an ASCII key is its own Latin form. Other
      // scripts were looked up above by their own names and aliases; transliterating them here
      // would cost an ICU call per word for nothing (cross-script spellings go through the
      // skeleton, where a place is expected).
      m = byLatin.get(key);
      if (m == null && allowTypos && key.length() >= 6 && !notMisspellings.contains(key)) {
        m = closeLatin(key).map(byLatin::get).orElse(null);
      }
    }
    return Optional.ofNullable(m);
  }

  /** A Latin key at edit distance 1 (one letter missing, extra, changed or swapped). */
  private Optional<String> closeLatin(String word) {
    Set<String> candidates = new HashSet<>();
    Set<String> direct = latinDeletes.get(word); // word has one extra letter... or is a delete
    if (direct != null) {
      candidates.addAll(direct);
    }
    for (String delete : deletes(word)) {
      if (byLatin.containsKey(delete)) {
        candidates.add(delete);
      }
      Set<String> viaDelete = latinDeletes.get(delete);
      if (viaDelete != null) {
        candidates.addAll(viaDelete);
      }
    }
    // The first letter must be right: people rarely mistype it, and ordinary words one letter
    // from a place differ there ("in winter" is not Linter, "te bellen" is not Wellen).
    return candidates.stream()
        .filter(c -> c.charAt(0) == word.charAt(0))
        .filter(c -> damerauLevenshtein(word, c) <= 1)
        .min(Comparator.comparing((String c) -> byLatin.get(c).district())
            .thenComparing(c -> byLatin.get(c).region().ordinal())
            .thenComparing(Comparator.naturalOrder()));
  }

  private Optional<Municipality> bySkeleton(String text, int minLength) {
    String skeleton = TextNormalizer.skeleton(text);
    if (skeleton.length() < minLength) {
      return Optional.empty();
    }
    List<Municipality> found = bySkeleton.get(skeleton);
    return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Belgium's bounding box (a little generous), in degrees. */
  private static final double SOUTH = 49.45;
  private static final double NORTH = 51.55;
  private static final double WEST = 2.50;
  private static final double EAST = 6.45;
  /**
   * Farthest a point in Belgium is from a centre in the gazetteer, which lists every Brussels and
   * Flemish municipality but only the main Walloon towns: Bouillon is 55 km from Arlon. So a point
   * up to this far across the southern border (Givet, Longwy) still counts as Belgian; a border
   * polygon would be exact.
   */
  static final double MAX_KM_FROM_A_CENTRE = 60;

  /**
   * The place of a shared location: the nearest municipality or district centre; empty when the
   * point is not in Belgium (outside its bounding box, or far from every centre). A point just
   * across a border, within the box, still counts as the nearest Belgian municipality.
   */
  public Optional<Place> placeAt(GeoPoint point) {
    if (point.lat() < SOUTH || point.lat() > NORTH || point.lon() < WEST || point.lon() > EAST) {
      return Optional.empty();
    }
    // An equirectangular distance first (the haversine's sines and arcsine over every centre
    // were 15% of a search by coordinates); the exact distance decides among the centres it
    // cannot tell apart (within 5% of the nearest; its error is below 1% within 60 km).
    double kmPerLon = GeoHash.KM_PER_DEGREE * Math.cos(Math.toRadians(point.lat()));
    double[] approximate = new double[municipalities.size()];
    double nearestApproximate = Double.MAX_VALUE;
    for (int i = 0; i < approximate.length; i++) {
      GeoPoint c = municipalities.get(i).centre();
      double dy = (c.lat() - point.lat()) * GeoHash.KM_PER_DEGREE;
      double dx = (c.lon() - point.lon()) * kmPerLon;
      approximate[i] = dx * dx + dy * dy;
      nearestApproximate = Math.min(nearestApproximate, approximate[i]);
    }
    double margin = nearestApproximate * 1.1025 + 0.01;
    Municipality nearest = municipalities.get(0);
    double best = Double.MAX_VALUE;
    for (int i = 0; i < approximate.length; i++) {
      if (approximate[i] > margin) {
        continue;
      }
      Municipality m = municipalities.get(i);
      double d = m.centre().distanceKm(point);
      if (d < best) {
        best = d;
        nearest = m;
      }
    }
    if (best > MAX_KM_FROM_A_CENTRE) {
      return Optional.empty();
    }
    return Optional.of(new Place(nearest, nearest.mainPostcode().orElse(""), point, true));
  }

  /** Up to three known spellings close to an unknown place name, best first. */
  public List<String> suggestions(String text) {
    if (text.length() > MAX_PLACE_CHARS) {
      return List.of();
    }
    String latin = TextNormalizer.toLatinAscii(text).replace(" ", "");
    if (latin.length() < 3) {
      return List.of();
    }
    Map<String, Integer> scored = new LinkedHashMap<>();
    for (Spelling spelling : spellings) {
      int distance = damerauLevenshtein(latin, spelling.latin());
      if (distance <= Math.max(2, latin.length() / 3)) {
        scored.merge(spelling.officialName(), distance, Math::min);
      }
    }
    return scored.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Collection<String> names(Municipality m) {
    List<String> names = new ArrayList<>(m.names().texts().values());
    names.addAll(m.aliases());
    return names;
  }

  private static List<String> deletes(String word) {
    List<String> out = new ArrayList<>(word.length());
    for (int i = 0; i < word.length(); i++) {
      out.add(word.substring(0, i) + word.substring(i + 1));
    }
    return out;
  }

  static int damerauLevenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
