package org.imrengine.letters;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.imrengine.evaluation.Outcome;
import org.imrengine.rules.Citation;

/**
 * Parses the text of an IMR final determination letter, as extracted from its PDF, into a
 * {@link Letter}. Stateless and thread-safe.
 *
 * <p>The text must have the three section headers of the letter template, each on a line of its
 * own and in this order: {@value #DETERMINATION_HEADER}, {@value #CASE_SUMMARY_HEADER} and
 * {@value #DECISIONS_HEADER}. Anything before the first header is ignored. In the last section,
 * after its standard opening sentence, each disputed item starts with a decision line and has up to
 * three parts, each starting on a line of its own and running on until the next part or decision:
 *
 * <pre>{@code
 * Discogram with CT Scan of the Cervical Spine:  Upheld
 * Claims Administrator guideline: Decision based on MTUS ACOEM Page(s): 177-178.   (optional)
 * MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back
 * Complaints Page(s): 177-179.
 * Decision rationale: The Expert Reviewer based his/her decision on ...
 * }</pre>
 *
 * <p>The artefacts of PDF extraction are cleaned up first, keeping the original line numbers for
 * error messages: blank lines are dropped, lines are trimmed, and a word hyphenated across a line
 * break is joined with its hyphen kept ({@code "post-" + "traumatic"} gives {@code
 * "post-traumatic"}). Texts are then whitespace-normalised.
 */
public final class LetterParser {
  static final String DETERMINATION_HEADER = "HOW THE IMR FINAL DETERMINATION WAS MADE";
  static final String CASE_SUMMARY_HEADER = "CLINICAL CASE SUMMARY";
  static final String DECISIONS_HEADER = "IMR ISSUES, DECISIONS AND RATIONALES";

  // "Discogram with CT Scan of the Cervical Spine:  Upheld"
  // "Lumbar Epidural Injection to the L4-L5, L5-S1 Area: Upheld"
  private static final Pattern DECISION =
      Pattern.compile("^(?<service>\\S.*?)\\s*:\\s*(?<outcome>Upheld|Overturned)$");

  // The part labels are matched case-sensitively, as the template writes them: letter narrative
  // can start a line with "decision rationale:The California MTUS/ACOEM Guidelines state ...".

  // "Claims Administrator guideline: Decision based on MTUS ACOEM Page(s): 177-178."
  private static final Pattern CLAIMS_GUIDELINE =
      Pattern.compile("^Claims Administrator guideline\\s*:\\s*(?<text>.*)$");

  // "MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back"
  private static final Pattern IMR_GUIDELINE =
      Pattern.compile("^MAXIMUS guideline\\s*:\\s*(?<text>.*)$");

  // "Decision rationale: The MTUS ACOEM Guidelines state that for most patients presenting with"
  private static final Pattern RATIONALE =
      Pattern.compile("^Decision rationale\\s*:\\s*(?<text>.*)$");

  // "The expert reviewer developed the following clinical case summary based on a review of the
  // case file, including all medical records:" (joined), at the start of the case summary
  private static final Pattern CASE_SUMMARY_OPENING = Pattern.compile(
      "^The expert reviewer developed the following clinical case summary\\b[^:]*:\\s*",
      CASE_INSENSITIVE);

  // "The Final Determination was based on decisions for the disputed items/services set forth
  // below:" (joined), between the decisions header and the first decision line
  private static final Pattern DECISIONS_OPENING = Pattern.compile(
      "^The Final Determination was based on decisions for the disputed items/services?"
          + " set forth below:?$", CASE_INSENSITIVE);

  // the double space in "established.  As such"
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The longest letter read, in characters (and bytes, for a file); real letters are under 40 000. */
  public static final int MAX_LENGTH = 1 << 20;

  private LetterParser() {}

  /**
   * Parses the text of a letter.
   *
   * @param text the text
   * @return a letter
   * @throws LetterParseException if the text is longer than {@link #MAX_LENGTH}; a section header is missing; the last section has no decision
   *     line, or unexpected text before the first decision or before a decision's first part; or
   *     a decision has no (or an empty, or a second) "MAXIMUS guideline:" or "Decision rationale:"
   *     part, or a MAXIMUS guideline that cannot be read as citations (no known source, or a
   *     malformed page list)
   */
  public static Letter parse(CharSequence text) {
    if (Objects.requireNonNull(text, "text").length() > MAX_LENGTH) {
      throw new LetterParseException(1, "too large: a letter has at most " + MAX_LENGTH + " characters");
    }
    List<LetterLine> lines = LetterLine.clean(Objects.requireNonNull(text, "text"));
    int determination = header(lines, 0, DETERMINATION_HEADER);
    int summary = header(lines, determination + 1, CASE_SUMMARY_HEADER);
    int decisions = header(lines, summary + 1, DECISIONS_HEADER);
    String caseSummary = CASE_SUMMARY_OPENING.matcher(join(lines.subList(summary + 1, decisions)))
        .replaceFirst("");
    return new Letter(decisions(lines.get(decisions), lines.subList(decisions + 1, lines.size())),
        caseSummary);
  }

  /**
   * Reads and parses the letter in {@code file}, which is UTF-8 text. A {@link
   * LetterParseException} names the file at the start of its message.
   *
   * @param file the file to read
   * @return a letter
   * @throws IOException if the file cannot be read
   * @throws LetterParseException as {@link #parse(CharSequence)}
   */
  public static Letter read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      // No more than the limit and one byte is read: an oversize file fills no memory.
      bytes = in.readNBytes(MAX_LENGTH + 1);
    }
    try {
      if (bytes.length > MAX_LENGTH) {
        throw new LetterParseException(1, "too large: a letter has at most " + MAX_LENGTH + " bytes");
      }
      // A malformed byte is a CharacterCodingException, as from Files.readString.
      return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)));
    } catch (LetterParseException e) {
      throw e.in(String.valueOf(file.getFileName()));
    }
  }

  /** The index of the first line from {@code from} on that is {@code header}. */
  private static int header(List<LetterLine> lines, int from, String header) {
    for (int i = from; i < lines.size(); i++) {
      if (WHITESPACE.matcher(lines.get(i).text()).replaceAll(" ").equals(header)) {
        return i;
      }
    }
    if (from == 0) {
      throw new LetterParseException(1, "no section header '" + header + "'");
    }
    LetterLine previous = lines.get(from - 1);
    throw new LetterParseException(previous.number(),
        "no section header '" + header + "' after '" + previous.text() + "'");
  }

  private static List<LetterDecision> decisions(LetterLine header, List<LetterLine> body) {
    List<LetterDecision> decisions = new ArrayList<>();
    List<LetterLine> opening = new ArrayList<>();
    Draft draft = null;
    for (LetterLine line : body) {
      Optional<Part> part = Part.of(line);
      Matcher decision = DECISION.matcher(line.text());
      if (part.isPresent()) {
        if (draft == null) {
          throw new LetterParseException(line.number(), "'" + part.get().field.label
              + "' is not preceded by a decision line (expected 'service: Upheld' or"
              + " 'service: Overturned')");
        }
        draft.start(part.get());
      } else if (decision.matches()) {
        if (draft != null) {
          decisions.add(draft.build());
        }
        draft = new Draft(line, normalise(decision.group("service")),
            decision.group("outcome").equals("Upheld") ? Outcome.UPHELD : Outcome.OVERTURNED);
      } else if (draft == null) {
        opening.add(line);
      } else {
        draft.append(line);
      }
    }
    if (draft == null) {
      throw new LetterParseException(header.number(), "section '" + DECISIONS_HEADER
          + "' has no decision line (expected 'service: Upheld' or 'service: Overturned')");
    }
    if (!opening.isEmpty() && !DECISIONS_OPENING.matcher(join(opening)).matches()) {
      throw new LetterParseException(opening.get(0).number(),
          "unexpected text between '" + DECISIONS_HEADER + "' and the first decision line");
    }
    decisions.add(draft.build());
    return decisions;
  }

  private static String join(List<LetterLine> lines) {
    StringBuilder out = new StringBuilder();
    for (LetterLine line : lines) {
      out.append(' ').append(line.text());
    }
    return normalise(out.toString());
  }

  private static String normalise(String text) {
    return StringUtils.normalizeSpace(text);
  }

  /** A part of a decision after its decision line. */
  private enum Field {
    CLAIMS_ADMINISTRATOR_GUIDELINE("Claims Administrator guideline:"),
    IMR_GUIDELINE("MAXIMUS guideline:"),
    RATIONALE("Decision rationale:");

    private final String label;

    Field(String label) {
      this.label = label;
    }

    // qualified: inside the enum, the simple names would be the enum constants
    private Pattern pattern() {
      return switch (this) {
        case CLAIMS_ADMINISTRATOR_GUIDELINE -> LetterParser.CLAIMS_GUIDELINE;
        case IMR_GUIDELINE -> LetterParser.IMR_GUIDELINE;
        case RATIONALE -> LetterParser.RATIONALE;
      };
    }
  }

  /** The line that starts a part, and the part's text on that line. */
  private static final class Part {
    private final Field field;
    private final LetterLine line;
    private final String text;

    private Part(Field field, LetterLine line, String text) {
      this.field = field;
      this.line = line;
      this.text = text;
    }

    static Optional<Part> of(LetterLine line) {
      for (Field field : Field.values()) {
        Matcher m = field.pattern().matcher(line.text());
        if (m.matches()) {
          return Optional.of(new Part(field, line, m.group("text")));
        }
      }
      return Optional.empty();
    }
  }

  /** A decision whose lines are still being read. */
  private static final class Draft {
    private final LetterLine decisionLine;
    private final String service;
    private final Outcome outcome;
    private final Map<Field, Part> starts = new EnumMap<>(Field.class);
    private final Map<Field, List<LetterLine>> texts = new EnumMap<>(Field.class);
    private Optional<Field> current = Optional.empty();

    Draft(LetterLine decisionLine, String service, Outcome outcome) {
      this.decisionLine = decisionLine;
      this.service = service;
      this.outcome = outcome;
    }

    void start(Part part) {
      if (starts.containsKey(part.field)) {
        throw new LetterParseException(part.line.number(),
            "second '" + part.field.label + "' for decision '" + decision() + "'");
      }
      starts.put(part.field, part);
      List<LetterLine> lines = new ArrayList<>();
      lines.add(new LetterLine(part.line.number(), part.text));
      texts.put(part.field, lines);
      current = Optional.of(part.field);
    }

    void append(LetterLine line) {
      Field field = current.orElseThrow(() -> new LetterParseException(line.number(),
          "unexpected text after decision '" + decision() + "' (expected 'Claims Administrator"
              + " guideline:', 'MAXIMUS guideline:' or 'Decision rationale:')"));
      texts.get(field).add(line);
    }

    LetterDecision build() {
      String imrGuideline = required(Field.IMR_GUIDELINE);
      String rationale = required(Field.RATIONALE);
      List<Citation> citations;
      try {
        citations = CitationParser.parse(imrGuideline);
      } catch (IllegalArgumentException e) {
        throw new LetterParseException(starts.get(Field.IMR_GUIDELINE).line.number(),
            "'MAXIMUS guideline:' of decision '" + decision() + "': " + e.getMessage());
      }
      return new LetterDecision(service, outcome, text(Field.CLAIMS_ADMINISTRATOR_GUIDELINE),
          imrGuideline, citations, rationale, decisionLine.number());
    }

    private String required(Field field) {
      if (!starts.containsKey(field)) {
        throw new LetterParseException(decisionLine.number(),
            "decision '" + decision() + "' has no '" + field.label + "' line");
      }
      String text = text(field);
      if (text.isEmpty()) {
        throw new LetterParseException(starts.get(field).line.number(),
            "'" + field.label + "' of decision '" + decision() + "' is empty");
      }
      return text;
    }

    private String text(Field field) {
      return join(texts.getOrDefault(field, List.of()));
    }

    /** The decision line, shortened for messages. */
    private String decision() {
      return CitationParser.excerpt(decisionLine.text());
    }
  }
}
