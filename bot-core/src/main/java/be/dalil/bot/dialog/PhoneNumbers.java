package be.dalil.bot.dialog;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.ActorSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers as a reply's text writes them ("070 245 245") and as a card carries them ("+32 70
 * 24 52 45"), compared by their digits without the country code or the trunk zero.
 */
final class PhoneNumbers {

  /** Digits, possibly grouped by single spaces, possibly after a "+". */
  private static final Pattern NUMBER = Pattern.compile("\\+?\\d+(?: \\d+)*");
  private static final String BELGIUM = "32";

  private PhoneNumbers() {}

  /** The numbers in a text, in order, each in its compared form. */
  static List<String> in(String text) {
    List<String> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group().replace(" ", "").replace("+", "");
      if (m.group().startsWith("+") && digits.startsWith(BELGIUM)) {
        digits = digits.substring(BELGIUM.length());
      }
      digits = digits.replaceFirst("^0+", "");
      if (!digits.isEmpty()) {
        numbers.add(digits);
      }
    }
    return numbers;
  }

  /**
   * The search's matches whose phone is one of {@code named} first, in the order named, then
   * (if {@code others}) those serving the reader's language, then the rest, each group as it was;
   * at most {@code limit}.
   */
  static ActorSearch namedFirst(ActorSearch search, List<String> named, Language reader,
      int limit, boolean others) {
    List<ActorMatch> ordered = new ArrayList<>(search.matches());
    if (!others) {
      ordered.removeIf(m -> position(m, named) == Integer.MAX_VALUE);
    }
    ordered.sort(Comparator.comparingInt((ActorMatch m) -> position(m, named))
        .thenComparing(m -> !m.actor().languages().contains(reader.code())));
    return new ActorSearch(search.total(), ordered.subList(0, Math.min(limit, ordered.size())),
        search.reach());
  }

  private static int position(ActorMatch match, List<String> named) {
    int best = Integer.MAX_VALUE;
    for (String number : in(match.actor().phone())) {
      int at = named.indexOf(number);
      if (at >= 0) {
        best = Math.min(best, at);
      }
    }
    return best;
  }
}
