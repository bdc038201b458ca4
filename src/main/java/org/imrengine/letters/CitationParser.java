package org.imrengine.letters;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrengine.rules.Citation;
import org.imrengine.rules.Guideline;
import org.imrengine.rules.PageRange;

/**
 * Parses the guideline text of a letter, such as {@code "Decision based on MTUS ACOEM Chapter 8
 * Neck and Upper Back Complaints Page(s): 179-180. Decision based on Non-MTUS Citation Official
 * Disability Guidelines."}, into citations, one per "Decision based on" part.
 */
final class CitationParser {
  // "Decision based on " before each citation;
  // "The Physician Reviewer based his/her decision on the " in older letters
  private static final Pattern PART_START = Pattern.compile(
      "(?:Decision based on|The (?:Physician|Expert) Reviewer based (?:his/her|his|her) decision on"
          + "(?: the)?)\\s+", CASE_INSENSITIVE);

  // "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179"
  // "MTUS Chronic Pain Medical Treatment Guidelines Physical Medicine Page(s): 98-99"
  private static final Pattern MTUS = Pattern.compile(
      "^(?:California )?MTUS[ /](?<source>ACOEM(?: Practice Guidelines)?"
          + "|(?:Chronic Pain|Acupuncture|Post-?surgical)(?: Medical)? Treatment Guidelines)"
          + "(?:,?\\s+Chapter\\s+(?<chapter>\\d+))?(?<rest>.*)$", CASE_INSENSITIVE);

  // "Non-MTUS Citation Official Disability Guidelines (ODG), Neck chapter"
  private static final Pattern NON_MTUS =
      Pattern.compile("^Non-MTUS Citation(?!\\w)(?<rest>.*)$", CASE_INSENSITIVE);

  // "Official Disability Guidelines (ODG), Neck chapter", "ODG Neck chapter"
  private static final Pattern ODG = Pattern.compile(
      "^(?:Official Disability Guidelines(?:\\s*\\(ODG\\))?|ODG)(?!\\w)(?<topic>.*)$", CASE_INSENSITIVE);

  // "ACOEM Practice Guidelines, Chronic Pain chapter"
  private static final Pattern ACOEM =
      Pattern.compile("^ACOEM(?: Practice Guidelines)?(?!\\w)(?<topic>.*)$", CASE_INSENSITIVE);

  // " Page(s): " in "Complaints Page(s): 177-179", ", page " in "injections, page 46"
  private static final Pattern PAGE_MARKER =
      Pattern.compile("[,;]?\\s*\\bpages?(?:\\s*\\(s\\))?\\s*:?", CASE_INSENSITIVE);

  // "171-171, 177-179" at the end of "Chapter 8 ... Considerations, page(s) 171-171, 177-179"
  private static final Pattern PAGE_LIST = Pattern.compile(
      "(?<![\\d\\-\u2013])\\d+(?:\\s*[-\u2013]\\s*\\d+)?"
          + "(?:\\s*(?:,|\\band\\b)\\s*\\d+(?:\\s*[-\u2013]\\s*\\d+)?)*$");

  // ", " and " and " between the pages of "174, 98-99 and 122"
  private static final Pattern PAGE_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b)\\s*");

  // ", " before and "." after the topic in ", Neck chapter."
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s,;:.\\-]+|[\\s,;:.]+$");

  private CitationParser() {}

  /**
   * Parses {@code text}, whitespace-normalised, into its citations in order.
   *
   * <pre>{@code
   * "Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179."
   *     -> MTUS_ACOEM, chapter 8, "Neck and Upper Back Complaints", [177-179]
   * "Decision based on MTUS Chronic Pain Treatment Guidelines Epidural Steroid injections, page 46."
   *     -> MTUS_CHRONIC_PAIN, no chapter, "Epidural Steroid injections", [46]
   * "Decision based on Non-MTUS Citation Official Disability Guidelines."
   *     -> ODG, no chapter, "Official Disability Guidelines", []
   * }</pre>
   *
   * @throws IllegalArgumentException if the text is not one or more "Decision based on" parts, a
   *     part names no known guideline, or a page list is malformed; the message quotes only the
   *     guideline citation
   */
  static List<Citation> parse(String text) {
    String[] parts = PART_START.split(text, -1);
    if (parts.length < 2 || !parts[0].isBlank()) {
      throw new IllegalArgumentException("expected 'Decision based on' at the start of the guideline");
    }
    List<Citation> citations = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      citations.add(citation(trimEdges(parts[i])));
    }
    return citations;
  }

  private static Citation citation(String part) {
    Matcher mtus = MTUS.matcher(part);
    if (mtus.matches()) {
      Optional<String> chapter = Optional.ofNullable(mtus.group("chapter"));
      return withPages(mtusGuideline(mtus.group("source")), chapter, mtus.group("rest"));
    }
    Matcher nonMtus = NON_MTUS.matcher(part);
    if (nonMtus.matches()) {
      return nonMtus(trimEdges(nonMtus.group("rest")));
    }
    throw new IllegalArgumentException("unknown guideline '" + excerpt(part)
        + "' (expected MTUS ACOEM, MTUS Chronic Pain, MTUS Acupuncture, MTUS Postsurgical"
        + " or Non-MTUS Citation)");
  }

  /** The guideline sources letters cite, looked up once in the built-in vocabulary. */
  private static final class Sources {
    static final Guideline ACOEM = Guideline.of("acoem");
    static final Guideline MTUS_ACOEM = Guideline.of("mtus_acoem");
    static final Guideline MTUS_ACUPUNCTURE = Guideline.of("mtus_acupuncture");
    static final Guideline MTUS_CHRONIC_PAIN = Guideline.of("mtus_chronic_pain");
    static final Guideline MTUS_POSTSURGICAL = Guideline.of("mtus_postsurgical");
    static final Guideline ODG = Guideline.of("odg");
    static final Guideline OTHER = Guideline.of("other");
  }

  private static Guideline mtusGuideline(String source) {
    String name = source.toLowerCase(Locale.ROOT);
    if (name.startsWith("acoem")) {
      return Sources.MTUS_ACOEM;
    } else if (name.startsWith("chronic")) {
      return Sources.MTUS_CHRONIC_PAIN;
    } else if (name.startsWith("acupuncture")) {
      return Sources.MTUS_ACUPUNCTURE;
    }
    return Sources.MTUS_POSTSURGICAL;
  }

  // ODG is cited by topic, never by page
  private static Citation nonMtus(String rest) {
    Matcher odg = ODG.matcher(rest);
    if (odg.matches()) {
      String topic = trimEdges(odg.group("topic"));
      return new Citation(Sources.ODG, Optional.empty(),
          topic.isEmpty() ? Sources.ODG.title() : topic, List.of());
    }
    Matcher acoem = ACOEM.matcher(rest);
    if (acoem.matches()) {
      return new Citation(Sources.ACOEM, Optional.empty(), trimEdges(acoem.group("topic")), List.of());
    }
    return new Citation(Sources.OTHER, Optional.empty(), rest, List.of());
  }

  private static Citation withPages(Guideline guideline, Optional<String> chapter, String rest) {
    Matcher marker = PAGE_MARKER.matcher(rest);
    if (!marker.find()) {
      return new Citation(guideline, chapter, trimEdges(rest), List.of());
    }
    String topic = trimEdges(rest.substring(0, marker.start()));
    return new Citation(guideline, chapter, topic, pages(trimEdges(rest.substring(marker.end()))));
  }

  private static List<PageRange> pages(String text) {
    Matcher list = PAGE_LIST.matcher(text);
    if (!list.find()) {
      throw new IllegalArgumentException("no page numbers after 'Page(s)' in '" + excerpt(text) + "'");
    }
    List<PageRange> pages = new ArrayList<>();
    for (String page : PAGE_SEPARATOR.split(list.group())) {
      pages.add(PageRange.parse(page));
    }
    return pages;
  }

  private static String trimEdges(String text) {
    return EDGE_PUNCTUATION.matcher(text).replaceAll("");
  }

  /** At most the first 60 characters of {@code text}, for messages. */
  static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
