package be.dalil.i18n;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what people type into comparable text: NFKC, case folding, no accents, unified Arabic
 * letter variants, Arabizi digits read as letters. Thread-safe; ICU transliterators are not, so
 * each thread gets its own.
 */
public final class TextNormalizer {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final ThreadLocal<Transliterator> TO_LATIN_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
  private static final ThreadLocal<BreakIterator> WORDS =
      ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));
  private static final ThreadLocal<BreakIterator> SENTENCES =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ROOT));
  /** An elided c, d, j, l, m, n, s, t or qu at the start of a word, before a letter. */
  private static final Pattern ELISION = Pattern.compile(
      "(?<![\\p{L}\\p{N}])([cdjlmnst]|qu)['\u2019](?=\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private TextNormalizer() {}

  /**
   * Normalises a message for matching and classification: NFKC case folding, Latin accents
   * removed, Arabic tashkeel and tatweel removed and letter variants unified, Eastern Arabic digits
   * made ASCII, letter runs of three or more shortened ("salaaam"), punctuation made space.
   */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String folded = NFKC_CASEFOLD.normalize(text);
    String decomposed = NFD.normalize(folded);
    StringBuilder out = new StringBuilder(decomposed.length());
    int previous = -1;
    int run = 0;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int mapped = mapCodePoint(cp);
      if (mapped == DROP) {
        continue;
      }
      if (mapped == ' ') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        previous = ' ';
        run = 0;
        continue;
      }
      run = mapped == previous ? run + 1 : 1;
      previous = mapped;
      if (run >= 3 && Character.isLetter(mapped)) {
        // "salaaaam" -> "salam": a run of three or more is emphasis, never spelling.
        if (run == 3) {
          out.setLength(out.length() - 1);
        }
        continue;
      }
      out.appendCodePoint(mapped);
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  static final int DROP = -1;

  static int mapCodePoint(int cp) {
    return cp < 0x80 ? mapAscii(cp) : mapAnyCodePoint(cp);
  }

  /**
   * ASCII, most of every Latin message: the answers of {@link #mapAnyCodePoint} without ICU's
   * character property lookups, which are most of its cost.
   */
  private static int mapAscii(int cp) {
    if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9') {
      return cp;
    }
    return cp == '\'' ? DROP : ' ';
  }

  static int mapAnyCodePoint(int cp) {
    int type = UCharacter.getType(cp);
    if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK) {
      return DROP; // Latin accents after NFD, Arabic tashkeel (fatha, damma, shadda, sukun...)
    }
    switch (cp) {
      case 0x0640: // tatweel
      case 0x200C: // zero-width non-joiner
      case 0x200D: // zero-width joiner
      case 0x200F: // right-to-left mark
      case 0x200E: // left-to-right mark
        return DROP;
      case 0x0622: // alef with madda
      case 0x0623: // alef with hamza above
      case 0x0625: // alef with hamza below
      case 0x0671: // alef wasla
        return 0x0627;
      case 0x0649: // alef maksura
      case 0x0626: // ya with hamza
      case 0x06CC: // Farsi ya
        return 0x064A;
      case 0x0629: // ta marbuta
        return 0x0647;
      case 0x0624: // waw with hamza
        return 0x0648;
      case 0x06A9: // keheh
        return 0x0643;
      case 0x06A4: // veh (Maghrebi v)
        return 0x0641;
      case 0x06AF: // gaf (Maghrebi g)
        return 0x06AF;
      case '\'':
      case 0x2019:
        return DROP; // "l'ecole" -> "lecole", "n'importe" -> "nimporte"
      default:
        break;
    }
    if (cp >= 0x0660 && cp <= 0x0669) {
      return '0' + (cp - 0x0660);
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      return '0' + (cp - 0x06F0);
    }
    if (UCharacter.isLetterOrDigit(cp)) {
      return cp;
    }
    return ' ';
  }

  /**
   * The text with every elided French word written apart: "où est l'OCMW d'Anderlecht" -> "où
   * est l OCMW d Anderlecht", "ndir l'assurance" -> "ndir l assurance". {@link #normalize} glues
   * them ("locmw"), as the intent model was trained; a second reading of the text written apart
   * finds the word the elision hid.
   */
  public static String withElisionsApart(String text) {
    return ELISION.matcher(text).replaceAll("$1 ");
  }

  /** Whether a text has an elided French word ("l'OCMW", "d’inscription"). */
  public static boolean hasElision(String text) {
    return (text.indexOf('\'') >= 0 || text.indexOf('\u2019') >= 0)
        && ELISION.matcher(text).find();
  }

  /** Words of a text, using ICU word boundaries (not whitespace), normalised, Arabizi-decoded. */
  public static List<String> tokens(String text) {
    String normalized = normalize(text);
    List<String> tokens = new ArrayList<>();
    if (normalized.isEmpty()) {
      return tokens;
    }
    BreakIterator words = WORDS.get();
    words.setText(normalized);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() == BreakIterator.WORD_NONE) {
        continue;
      }
      String token = normalized.substring(start, end);
      tokens.add(decodeArabizi(token));
    }
    return tokens;
  }

  /**
   * The sentences of a text as written (ICU sentence boundaries, which know "?", "!", "؟" and
   * line breaks), stripped, empty ones left out.
   */
  public static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return sentences;
    }
    BreakIterator it = SENTENCES.get();
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /**
   * Reads the digits of an Arabizi word as the letters they stand for ("n9ra" -> "nqra", "3andi"
   * -> "aandi", "l7a9" -> "lhaq"). Numbers alone (postcodes, years) are left as they are.
   */
  public static String decodeArabizi(String token) {
    boolean hasLatinLetter = false;
    boolean hasDigit = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 'a' && c <= 'z') {
        hasLatinLetter = true;
      } else if (c >= '0' && c <= '9') {
        hasDigit = true;
      }
    }
    if (!hasLatinLetter || !hasDigit) {
      return token;
    }
    StringBuilder out = new StringBuilder(token.length() + 2);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case '2' -> out.append('a'); // hamza
        case '3' -> out.append('a'); // ain
        case '5' -> out.append("kh");
        case '6' -> out.append('t'); // emphatic ta
        case '7' -> out.append('h');
        case '8' -> out.append("gh");
        case '9' -> out.append('q');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The script a message is written in: Arabic as soon as a fifth of its letters are Arabic
   * ("أريد rendez-vous في la commune" is an Arabic message with French words), else Latin, or
   * COMMON when it has no letters.
   */
  public static int dominantScript(String text) {
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!UCharacter.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.ARABIC) {
        arabic++;
      } else if (script == UScript.LATIN) {
        latin++;
      }
    }
    if (arabic == 0 && latin == 0) {
      return UScript.COMMON;
    }
    return arabic * 4 >= latin ? UScript.ARABIC : UScript.LATIN;
  }

  /** Latin ASCII lower-case form of any text (Arabic script transliterated), letters and digits only. */
  public static String toLatinAscii(String text) {
    String normalized = normalize(text);
    // ICU's transliterator leaves ASCII as it is (normalize has already folded the case), and
    // most place names are ASCII: indexing the gazetteer through it cost 0.4 s of a start.
    String latin = isAscii(normalized) ? normalized : transliterated(normalized);
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString().trim();
  }

  /** What ICU's "Any-Latin; Latin-ASCII; Lower" makes of a normalised text. */
  static String transliterated(String normalized) {
    return TO_LATIN_ASCII.get().transliterate(normalized);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * A consonant skeleton of a place name that survives the trip between scripts and spellings:
   * "Schaerbeek", "skarbek" and "سكاربيك" all give "skrbk"; "Gent" and "غنت" give "gnt".
   * Vowels (and w, y, h, which Arabic script uses as vowels) are dropped and consonants that Arabic
   * or casual spelling confuse are merged.
   */
  public static String skeleton(String text) {
    String latin = toLatinAscii(text).replace(" ", "");
    latin = latin.replace("sch", "sk").replace("ch", "s").replace("sh", "s").replace("kh", "k")
        .replace("gh", "g").replace("ph", "f").replace("ck", "k").replace("ij", "i")
        .replace("qu", "k");
    StringBuilder out = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char mapped = switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
        case 'c', 'q' -> 'k';
        case 'p' -> 'b';
        case 'v' -> 'f';
        case 'z' -> 's';
        case 'x' -> 'k';
        case 'j' -> 'g';
        default -> c;
      };
      if (mapped != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != mapped)) {
        out.append(mapped);
      }
    }
    return out.toString();
  }
}
