package org.imrengine.rationale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.imrengine.model.Service;
import org.imrengine.model.Vocabulary;
import org.imrengine.rules.CriterionResult;

/** The small pieces of English the rationale is assembled from: cases, lists, articles, dates. */
final class Prose {
  /** The date format of the letters. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
  // Other ways a record may already state a date ("01/14/15", "1/14/15").
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);
  private static final DateTimeFormatter BARE_DATE = DateTimeFormatter.ofPattern("M/d/yy", Locale.ROOT);
  // "a documented response" reads "a response" after "documentation of".
  private static final Pattern DOCUMENTED_AFTER_ARTICLE = Pattern.compile("^(?:a|an) documented (.+)$");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)\\b.*$");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\b[A-Z][a-z]");
  private static final List<String> ACRONYMS = List.of("iv", "mri", "ct", "emg", "ncv", "tens", "nsaid");
  private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten");

  private Prose() {}

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** Whether {@code text} already states {@code date} in one of the usual US forms. */
  static boolean states(String text, LocalDate date) {
    return text.contains(DATE.format(date)) || text.contains(SHORT_DATE.format(date))
        || text.contains(BARE_DATE.format(date)) || text.contains(date.toString());
  }

  /** The first letter upper-cased (title case); the rest as written. */
  static String capitalize(String text) {
    return StringUtils.capitalize(text);
  }

  /**
   * The first letter lower-cased when it starts an ordinary capitalised word ("Symptoms" becomes
   * "symptoms", "X-ray" becomes "x-ray"), but not an acronym or a code ("MRI", "IV", "C6").
   */
  static String lowerFirst(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    int end = text.indexOf(' ');
    String first = end < 0 ? text : text.substring(0, end);
    if (isBrand(first)) {
      return text; // "Norco 10/325 ...": a drug's brand name keeps its capital
    }
    String rest = first.substring(1);
    boolean ordinary = rest.chars().anyMatch(Character::isLowerCase)
        && rest.chars().noneMatch(Character::isUpperCase);
    return ordinary ? StringUtils.uncapitalize(text) : text;
  }

  private static boolean isBrand(String word) {
    String w = word.replaceAll("[^A-Za-z-]+$", "");
    return org.imrengine.medication.DrugCatalog.builtIn().named(w)
        .map(d -> d.brands().stream().anyMatch(b -> b.equalsIgnoreCase(w))).orElse(false);
  }

  /** {@code text} as a sentence: capitalised, ending with a period. */
  static String sentence(String text) {
    String t = text.strip();
    return capitalize(t.endsWith(".") ? t : t + ".");
  }

  /**
   * Joins {@code items} with commas and {@code conjunction} ("a, b and c"); with semicolons when an
   * item has a comma of its own ("a, x; b; and c"), so the list stays readable.
   */
  static String list(List<String> items, String conjunction) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    boolean commas = items.stream().anyMatch(i -> i.contains(",") || i.contains(";"));
    if (items.size() == 2) {
      return items.get(0) + (commas ? ", " : " ") + conjunction + " " + items.get(1);
    }
    String separator = commas ? "; " : ", ";
    String last = commas ? "; " + conjunction + " " : " " + conjunction + " ";
    return String.join(separator, items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
  }

  /** Whether a criterion's wording can follow "no documentation of" (a conditional one cannot). */
  static boolean usable(CriterionResult node) {
    String text = node.wording().text().strip();
    return !text.isEmpty() && !text.startsWith("for ");
  }

  /**
   * A criterion's wording as a noun phrase after "documentation of": "documented trigger points"
   * reads "trigger points", "a documented response" reads "a response".
   */
  static String phrase(CriterionResult node) {
    String text = node.wording().text().strip();
    if (text.startsWith("documented ")) {
      return text.substring("documented ".length());
    }
    Matcher m = DOCUMENTED_AFTER_ARTICLE.matcher(text);
    return m.matches() ? article(m.group(1)) + " " + m.group(1) : text;
  }

  /** "a" or "an" before {@code word}, by its first letter. */
  static String article(String word) {
    return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
  }

  /** The amount a finding starts with, such as 1 in {@code "1 months"}. */
  static Long leadingNumber(String finding) {
    Matcher m = LEADING_NUMBER.matcher(finding);
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }

  /** "1 visit", "12 visits"; a unit that is empty gives the bare number. */
  static String count(long amount, String unit) {
    if (unit.isEmpty()) {
      return Long.toString(amount);
    }
    String u = amount == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    return amount + " " + u;
  }

  /** Small numbers in words, as prose writes them; larger ones in digits. */
  static String number(int n) {
    return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : Integer.toString(n);
  }

  /** Whether a request for {@code service} is worded by a drug's name. */
  private static boolean names(Service service) {
    return service != null && (service.kind() == Service.Kind.DRUG || service.hasRole(Vocabulary.Role.MEDICATION));
  }

  /** A service in words, such as "IV sedation" or "epidural steroid injection". */
  static String service(Service service) {
    if (service.isUnspecified()) {
      return "this service";
    }
    StringBuilder out = new StringBuilder();
    for (String word : service.id().split("_")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(ACRONYMS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
    }
    return out.toString().replace("X ray", "x-ray").replace("x ray", "x-ray");
  }

  /** The request's description as written, without a final period (a drug request: "Norco 10/325"). */
  static String asWritten(String description) {
    String d = description.strip();
    while (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }

  /**
   * The request's description for use inside a sentence: lower-cased at the start when it is
   * written as a sentence ("Physical therapy for the cervical spine"), kept as written when it is in
   * title case ("Discogram with CT Scan of the Cervical Spine") or starts with an acronym.
   */
  static String description(String description) {
    return description(description, null);
  }

  /**
   * The description of a request for {@code service} for use inside a sentence, as
   * {@link #description(String)}, except that a medication's description keeps its first word as
   * written: it names the drug, and a brand name ("Norco 10/325 mg #60") keeps its capital. A null
   * service is a request of no particular service.
   */
  static String description(String description, Service service) {
    String d = description.strip();
    while (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    int firstSpace = d.indexOf(' ');
    String rest = firstSpace < 0 ? "" : d.substring(firstSpace);
    if (CAPITALISED_WORD.matcher(rest).find() || names(service)) {
      return d;
    }
    return d.startsWith("A ") || d.startsWith("An ") ? "a" + d.substring(1) : lowerFirst(d);
  }
}
