package org.imrengine.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.evaluation.Outcome;
import org.imrengine.rules.Citation;
import org.imrengine.rules.Guideline;
import org.imrengine.rules.PageRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LetterParserTest {
  private static final Path LETTERS = Path.of("samples", "letters");

  // ---- the sample letters -------------------------------------------------------------------

  @Test
  void read_sampleLetters_eightUpheldDecisionsInFiveLetters() throws IOException {
    List<Path> files = sampleFiles();
    assertThat(files).extracting(f -> f.getFileName().toString().substring(0, 3))
        .containsExactly("000", "001", "002", "003", "004");

    List<Integer> counts = new ArrayList<>();
    List<LetterDecision> all = new ArrayList<>();
    for (Path file : files) {
      Letter letter = LetterParser.read(file);
      counts.add(letter.decisions().size());
      all.addAll(letter.decisions());
    }

    assertThat(counts).containsExactly(1, 1, 2, 3, 1);
    assertThat(all).extracting(LetterDecision::outcome).containsOnly(Outcome.UPHELD);
    assertThat(all).allSatisfy(d -> assertThat(d.rationale()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}[{1}] {2}")
  @CsvSource(delimiter = '|', textBlock = """
      000 | 0 | Discogram with CT Scan of the Cervical Spine                           | 65  | mtus_acoem         | 8 | Neck and Upper Back Complaints | 177-179         | The Expert Reviewer based his/her decision on the MTUS ACOEM Practice Guidelines, Chapter 8
      001 | 0 | A CT scan of the cervical spine without contrast                       | 59  | mtus_acoem         | 8 | Neck and Upper Back Complaints | 179-180         | The California MTUS supports imaging studies with red flag conditions;
      002 | 0 | Single Positional Cervical Spine MRI without Contrast                  | 65  | mtus_acoem         | 8 | Neck and Upper Back Complaints | 171-171 177-179 | The patient had recent MRI of cervical spine on 1/14/15. Symptoms and clinical
      002 | 1 | Lumbar Epidural Injection to the L4-L5, L5-S1 Area                     | 126 | mtus_chronic_pain  |   | Epidural Steroid injections    | 46              | MTUS Chronic Pain Medical Treatment Guidelines recommend ESI as an option
      003 | 0 | Physical therapy for the cervical spine, 2-3 times a week for 6 weeks  | 69  | mtus_chronic_pain  |   | Physical Medicine              | 98-99           | Physical therapy in the form of passive therapy for the neck is recommended by
      003 | 1 | MRI of the cervical spine without contrast and with IV sedation        | 120 | mtus_acoem         | 8 | Neck and Upper Back Complaints | 177-179         | The MTUS ACOEM Guidelines state that for most patients presenting with true neck
      003 | 2 | Trigger point injection to the cervical spine                          | 162 | mtus_chronic_pain  |   | Trigger point injections       | 122             | The MTUS Chronic Pain Guidelines state that trigger point injections are recommended
      004 | 0 | X-ray of the cervical spine (5 views)                                  | 61  | mtus_acoem         | 8 | Neck and Upper Back Complaints | 177-179         | The requested x-ray of the cervical spine (5 views) is not medically necessary
      """)
  void read_sampleLetter_decisionMatchesLetter(String letter, int index, String service,
      int line, Guideline guideline, String chapter, String topic, String pages,
      String rationaleStart) throws IOException {
    LetterDecision decision = LetterParser.read(sample(letter)).decisions().get(index);

    assertThat(decision.service()).isEqualTo(service);
    assertThat(decision.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(decision.lineNumber()).isEqualTo(line);
    assertThat(decision.citation()).isEqualTo(decision.citations().get(0))
        .isEqualTo(citation(guideline, chapter, topic, pages));
    assertThat(decision.rationale()).startsWith(rationaleStart);
  }

  @Test
  void read_letter000_fieldsJoinedAcrossBlankLines() throws IOException {
    LetterDecision decision = LetterParser.read(sample("000")).decisions().get(0);

    assertThat(decision.claimsAdministratorGuideline()).isEqualTo(
        "Decision based on MTUS ACOEM Page(s): 177-178. "
            + "Decision based on Non-MTUS Citation Official Disability Guidelines.");
    assertThat(decision.imrGuideline()).isEqualTo(
        "Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179.");
    assertThat(decision.citations()).hasSize(1);
    assertThat(decision.rationale())
        .contains("pages 177-179. The Expert Reviewer's decision rationale:The California MTUS/ACOEM")
        .endsWith("As such, medical necessity has not been established.")
        .doesNotContain("  ");
  }

  @Test
  void read_letter000_caseSummaryWithoutOpeningSentence() throws IOException {
    Letter letter = LetterParser.read(sample("000"));

    assertThat(letter.caseSummary())
        .startsWith("The injured worker is a 43-year-old male who reported an injury on 09/24/2012.")
        .contains("The diagnoses were post-traumatic daily headaches uncontrolled")
        .endsWith("was not included in the medical documents for review.")
        .doesNotContain("The expert reviewer developed", "IMR ISSUES");
  }

  @Test
  void read_letter001_secondCitationIsOdg() throws IOException {
    LetterDecision decision = LetterParser.read(sample("001")).decisions().get(0);

    assertThat(decision.citations()).containsExactly(
        citation(Guideline.of("mtus_acoem"), "8", "Neck and Upper Back Complaints", "179-180"),
        citation(Guideline.of("odg"), "", "Official Disability Guidelines", ""));
  }

  @Test
  void read_letter002_pageRangeHyphenatedAcrossLines() throws IOException {
    LetterDecision decision = LetterParser.read(sample("002")).decisions().get(0);

    assertThat(decision.imrGuideline()).isEqualTo("Decision based on MTUS ACOEM Chapter 8 Neck and"
        + " Upper Back Complaints Page(s): Chapter 8 Neck and Upper Back Disorders, Introductory"
        + " Material, Special Studies and Diagnostic and Treatment Considerations, page(s)"
        + " 171-171, 177-179.");
    assertThat(decision.citation().pages())
        .containsExactly(PageRange.of(171, 171), PageRange.of(177, 179));
    assertThat(decision.rationale()).contains("red- flag conditions")
        .endsWith("MRI without Contrast is not medically necessary and appropriate.")
        .doesNotContain("Lumbar Epidural Injection");
  }

  @Test
  void read_letter003_claimsGuidelineAcrossStrayLineBreak() throws IOException {
    List<LetterDecision> decisions = LetterParser.read(sample("003")).decisions();

    assertThat(decisions.get(0).claimsAdministratorGuideline()).isEqualTo(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): (s) 174, 98-99, 122. "
            + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck chapter");
    assertThat(CitationParser.parse(decisions.get(0).claimsAdministratorGuideline())).containsExactly(
        citation(Guideline.of("mtus_chronic_pain"), "", "", "174 98-99 122"),
        citation(Guideline.of("odg"), "", "Neck chapter", ""));
    assertThat(decisions.get(0).rationale())
        .endsWith("Therefore, they will be considered medically unnecessary.");
    assertThat(decisions.get(2).claimsAdministratorGuideline()).isEqualTo(
        "Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point injections Page(s): 122.");
  }

  @Test
  void parse_sampleLettersInParallel_sameAsSequential() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path file : sampleFiles()) {
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }

    List<Letter> sequential = texts.stream().map(LetterParser::parse).collect(Collectors.toList());
    List<Letter> parallel =
        texts.parallelStream().map(LetterParser::parse).collect(Collectors.toList());

    assertThat(parallel).isEqualTo(sequential);
  }

  // ---- citations ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179.                                 | mtus_acoem         | 8  | Neck and Upper Back Complaints | 177-179
      Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): Chapter 8 Neck and Upper Back Disorders, Introductory Material, Special Studies and Diagnostic and Treatment Considerations, page(s) 171-171, 177-179. | mtus_acoem  | 8 | Neck and Upper Back Complaints | 171-171 177-179
      Decision based on MTUS Chronic Pain Treatment Guidelines Epidural Steroid injections, page 46.                          | mtus_chronic_pain  |    | Epidural Steroid injections    | 46
      Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.                              | mtus_chronic_pain  |    | Physical Medicine              | 98-99
      Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point injections Page(s): 122.                         | mtus_chronic_pain  |    | Trigger point injections       | 122
      Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 78-80.                                | mtus_chronic_pain  |    | Opioids                        | 78-80
      Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): (s) 174, 98-99, 122.                                  | mtus_chronic_pain  |    | ''                             | 174 98-99 122
      Decision based on MTUS ACOEM Page(s): 177-178.                                                                          | mtus_acoem         |    | ''                             | 177-178
      Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints.                                                  | mtus_acoem         | 8  | Neck and Upper Back Complaints | ''
      Decision based on MTUS ACOEM Chapter 12 Low Back Complaints Pages 303 and 309.                                          | mtus_acoem         | 12 | Low Back Complaints            | 303 309
      Decision based on MTUS Chronic Pain Treatment Guidelines Epidural steroid injections.                                   | mtus_chronic_pain  |    | Epidural steroid injections    | ''
      Decision based on MTUS Acupuncture Medical Treatment Guidelines Page(s): 8-9.                                           | mtus_acupuncture   |    | ''                             | 8-9
      Decision based on Non-MTUS Citation Official Disability Guidelines.                                                     | odg                |    | Official Disability Guidelines | ''
      Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck chapter                                  | odg                |    | Neck chapter                   | ''
      Decision based on Non-MTUS Citation Official Disability Guidelines, Neck and Upper Back (Acute & Chronic), MRIs.       | odg                |    | Neck and Upper Back (Acute & Chronic), MRIs | ''
      The Physician Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, page 46.          | mtus_chronic_pain  |    | ''                             | 46
      """)
  void parseCitations_guidelineText_firstCitation(String text, Guideline guideline, String chapter,
      String topic, String pages) {
    assertThat(CitationParser.parse(text)).first()
        .isEqualTo(citation(guideline, chapter, topic, pages));
  }

  @Test
  void parseCitations_mtusThenNonMtus_bothInOrder() {
    assertThat(CitationParser.parse("Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back"
        + " Complaints Page(s): 179-180. Decision based on Non-MTUS Citation Official Disability"
        + " Guidelines.")).containsExactly(
            citation(Guideline.of("mtus_acoem"), "8", "Neck and Upper Back Complaints", "179-180"),
            citation(Guideline.of("odg"), "", "Official Disability Guidelines", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      MTUS ACOEM Page(s): 177-178.                                  | expected 'Decision based on' at the start
      ''                                                            | expected 'Decision based on' at the start
      Decision based on MTUS Guidelines Page(s): 5.                 | unknown guideline 'MTUS Guidelines Page(s): 5'
      Decision based on MTUS ACOEM Chapter 8 Page(s): see chapter.  | no page numbers after 'Page(s)' in 'see chapter'
      Decision based on MTUS ACOEM Chapter 8 Page(s): 179-177.      | last page 177 is before first page 179
      """)
  void parseCitations_badText_throwsNamingProblem(String text, String problem) {
    assertThatThrownBy(() -> CitationParser.parse(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(problem);
  }

  // ---- clean-up of PDF artefacts, on a small letter -----------------------------------------

  @Test
  void parse_blankLinesTrailingSpacesAndHyphenation_cleanedKeepingLineNumbers() {
    Letter letter = LetterParser.parse(String.join("\n", letter()));

    assertThat(letter.caseSummary()).isEqualTo("The diagnoses were post-traumatic headaches.");
    LetterDecision decision = letter.decisions().get(0);
    assertThat(decision.service()).isEqualTo("Discogram with CT Scan of the Cervical Spine");
    assertThat(decision.lineNumber()).isEqualTo(15);
    assertThat(decision.claimsAdministratorGuideline()).isEmpty();
    assertThat(decision.imrGuideline()).isEqualTo("Decision based on MTUS ACOEM Chapter 8 Neck and"
        + " Upper Back Complaints Page(s): 171-171, 177-179.");
    assertThat(decision.citation().pages())
        .containsExactly(PageRange.of(171, 171), PageRange.of(177, 179));
    assertThat(decision.rationale())
        .isEqualTo("Special studies are not needed for this post-traumatic pain at C4-C5 - or red- flags.");
  }

  @Test
  void clean_lines_dropsBlanksTrimsAndJoinsHyphenatedWords() {
    assertThat(LetterLine.clean("\uFEFF first  \n\n \t\npost-\n\u00A0\ntraumatic\r\nL4-\r\nL5 and -\n"
        + "dash\r\fpage\f two\n"))
        .containsExactly(new LetterLine(1, "first"), new LetterLine(4, "post-traumatic"),
            new LetterLine(7, "L4-L5 and -"), new LetterLine(9, "dash"),
            new LetterLine(10, "page  two"));
  }

  @Test
  void parse_windowsLineEndings_sameAsUnix() {
    assertThat(LetterParser.parse(String.join("\r\n", letter())))
        .isEqualTo(LetterParser.parse(String.join("\n", letter())));
  }

  @Test
  void parse_overturnedDecisionAndRationaleOnNextLine_parsed() {
    List<String> lines = head();
    lines.addAll(List.of("MRI of the cervical spine: Overturned",
        "MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints"
            + " Page(s): 177-179.",
        "Decision rationale:", "The criteria are met."));

    LetterDecision decision = LetterParser.parse(String.join("\n", lines)).decisions().get(0);

    assertThat(decision.outcome()).isEqualTo(Outcome.OVERTURNED);
    assertThat(decision.rationale()).isEqualTo("The criteria are met.");
  }

  @Test
  void toString_letter_leavesOutNarrative() {
    Letter letter = LetterParser.parse(String.join("\n", letter()));

    assertThat(letter.toString()).contains("Discogram with CT Scan of the Cervical Spine", "UPHELD")
        .doesNotContain("traumatic", "Special studies");
  }

  // ---- failures -----------------------------------------------------------------------------

  @Test
  void parse_noDecisionLine_throwsAtDecisionsHeader() {
    List<String> lines = head();
    lines.add("Discogram with CT Scan of the Cervical Spine: Partly upheld");

    assertThatThrownBy(() -> LetterParser.parse(String.join("\n", lines)))
        .isInstanceOfSatisfying(LetterParseException.class,
            e -> assertThat(e.lineNumber()).isEqualTo(12))
        .hasMessage("line 12: section 'IMR ISSUES, DECISIONS AND RATIONALES' has no decision line"
            + " (expected 'service: Upheld' or 'service: Overturned')");
  }

  @Test
  void parse_noMaximusGuideline_throwsAtDecisionLine() {
    List<String> lines = letter();
    lines.subList(15, 19).clear(); // the MAXIMUS guideline lines 16 to 19

    assertThatThrownBy(() -> LetterParser.parse(String.join("\n", lines)))
        .isInstanceOfSatisfying(LetterParseException.class,
            e -> assertThat(e.lineNumber()).isEqualTo(15))
        .hasMessage("line 15: decision 'Discogram with CT Scan of the Cervical Spine:  Upheld'"
            + " has no 'MAXIMUS guideline:' line");
  }

  @Test
  void parse_noRationale_throwsAtDecisionLine() {
    List<String> lines = letter();
    lines.subList(19, lines.size()).clear(); // the rationale, lines 20 to the end

    assertThatThrownBy(() -> LetterParser.parse(String.join("\n", lines)))
        .isInstanceOfSatisfying(LetterParseException.class,
            e -> assertThat(e.lineNumber()).isEqualTo(15))
        .hasMessageStartingWith("line 15: decision 'Discogram with CT Scan")
        .hasMessageEndingWith("has no 'Decision rationale:' line");
  }

  @Test
  void parse_noRationaleInFirstOfTwoDecisions_throwsAtFirstDecisionLine() {
    List<String> lines = letter();
    lines.subList(19, lines.size()).clear();
    lines.addAll(List.of("Trigger point injection: Upheld",
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Trigger point"
            + " injections Page(s): 122.",
        "Decision rationale: No trigger points."));

    assertThatThrownBy(() -> LetterParser.parse(String.join("\n", lines)))
        .isInstanceOfSatisfying(LetterParseException.class,
            e -> assertThat(e.lineNumber()).isEqualTo(15))
        .hasMessageEndingWith("has no 'Decision rationale:' line");
  }

  /**
   * Replaces line {@code line} of {@link #letter()} by {@code replacement} and, if {@code cut} is
   * not 0, drops the lines after line {@code cut}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      missing first header   | 1  | ''                                                            | 0  | 1  | line 1: no section header 'HOW THE IMR FINAL DETERMINATION WAS MADE'
      missing summary header | 5  | ''                                                            | 0  | 1  | line 1: no section header 'CLINICAL CASE SUMMARY' after 'HOW THE IMR FINAL DETERMINATION WAS MADE'
      missing issues header  | 12 | ''                                                            | 0  | 5  | line 5: no section header 'IMR ISSUES, DECISIONS AND RATIONALES' after 'CLINICAL CASE SUMMARY'
      text before decision   | 14 | Some text                                                     | 0  | 13 | line 13: unexpected text between 'IMR ISSUES, DECISIONS AND RATIONALES' and the first decision line
      part before decision   | 14 | Claims Administrator guideline: Decision based on MTUS ACOEM. | 0  | 14 | line 14: 'Claims Administrator guideline:' is not preceded by a decision line (expected 'service: Upheld' or 'service: Overturned')
      text after decision    | 16 | Some text                                                     | 0  | 16 | line 16: unexpected text after decision 'Discogram with CT Scan of the Cervical Spine:  Upheld' (expected 'Claims Administrator guideline:', 'MAXIMUS guideline:' or 'Decision rationale:')
      unknown guideline      | 16 | MAXIMUS guideline: Decision based on the                      | 0  | 16 | line 16: 'MAXIMUS guideline:' of decision 'Discogram with CT Scan of the Cervical Spine:  Upheld': unknown guideline 'the Back Complaints Page(s): 171-171, 177-179' (expected MTUS ACOEM, MTUS Chronic Pain, MTUS Acupuncture, MTUS Postsurgical or Non-MTUS Citation)
      no page numbers        | 19 | none.                                                         | 0  | 16 | line 16: 'MAXIMUS guideline:' of decision 'Discogram with CT Scan of the Cervical Spine:  Upheld': no page numbers after 'Page(s)' in '171-none'
      second MAXIMUS line    | 20 | MAXIMUS guideline: Decision based on MTUS ACOEM Page(s): 177. | 0  | 20 | line 20: second 'MAXIMUS guideline:' for decision 'Discogram with CT Scan of the Cervical Spine:  Upheld'
      empty rationale        | 20 | Decision rationale:                                           | 20 | 20 | line 20: 'Decision rationale:' of decision 'Discogram with CT Scan of the Cervical Spine:  Upheld' is empty
      """)
  void parse_brokenLetter_throwsWithLineNumber(String name, int line, String replacement, int cut,
      int expectedLine, String message) {
    List<String> lines = letter();
    lines.set(line - 1, replacement);
    if (cut > 0) {
      lines.subList(cut, lines.size()).clear();
    }

    assertThatThrownBy(() -> LetterParser.parse(String.join("\n", lines)))
        .isInstanceOfSatisfying(LetterParseException.class,
            e -> assertThat(e.lineNumber()).isEqualTo(expectedLine))
        .hasMessage(message);
  }

  @Test
  void read_brokenFile_messageNamesFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.txt");
    Files.writeString(file, String.join("\n", head()), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LetterParser.read(file))
        .isInstanceOfSatisfying(LetterParseException.class, e -> {
          assertThat(e.lineNumber()).isEqualTo(12);
          assertThat(e.problem()).startsWith("section 'IMR ISSUES, DECISIONS AND RATIONALES'");
        })
        .hasMessageStartingWith("broken.txt: line 12: section");
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatThrownBy(() -> LetterParser.parse(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> LetterParser.read(null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
  }

  @Test
  void letterDecision_outcomeNotFromALetter_rejected() {
    Citation citation = citation(Guideline.of("mtus_acoem"), "8", "Neck", "177-179");

    assertThatThrownBy(() -> new LetterDecision("MRI", Outcome.NO_APPLICABLE_RULE, "", "text",
        List.of(citation), "rationale", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outcome must be UPHELD or OVERTURNED, was NO_APPLICABLE_RULE");
    assertThatThrownBy(() -> new LetterDecision("MRI", Outcome.UPHELD, "", "text", List.of(),
        "rationale", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("citations must not be empty");
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** A small letter with PDF noise; the comments give the 1-based line numbers. */
  private static List<String> letter() {
    List<String> lines = head();
    lines.addAll(List.of(
        "The Final Determination was based on decisions for the disputed items/services set forth"
            + " below: ", // 13
        " ", // 14
        "Discogram with CT Scan of the Cervical Spine:  Upheld ", // 15
        "MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8 Neck and Upper ", // 16
        "", // 17
        "Back Complaints Page(s): 171-", // 18
        "171, 177-179.   ", // 19
        "Decision rationale: Special studies are not ", // 20
        "needed for this post-", // 21
        "  \t ", // 22
        "traumatic pain at C4-C5 -", // 23
        "or red- flags. ", // 24
        "", // 25
        "")); // 26
    return lines;
  }

  /** The letter up to and including the decisions header on line 12. */
  private static List<String> head() {
    return new ArrayList<>(Arrays.asList(
        " HOW THE IMR FINAL DETERMINATION WAS MADE ", // 1
        "", // 2
        "MAXIMUS Federal Services sent the complete case file to an expert reviewer. ", // 3
        "", // 4
        "CLINICAL CASE SUMMARY ", // 5
        "The expert reviewer developed the following clinical case summary based on a review of", // 6
        "the case file, including all medical records: ", // 7
        " ", // 8
        "The diagnoses were post-", // 9
        "", // 10
        "traumatic headaches.", // 11
        "IMR ISSUES, DECISIONS AND RATIONALES ")); // 12
  }

  private static Citation citation(Guideline guideline, String chapter, String topic,
      String pages) {
    List<PageRange> ranges = pages.isBlank() ? List.of()
        : Stream.of(pages.trim().split("\\s+")).map(PageRange::parse).collect(Collectors.toList());
    return new Citation(guideline, chapter == null || chapter.isBlank() ? Optional.empty()
        : Optional.of(chapter), topic == null ? "" : topic, ranges);
  }

  private static Path sample(String prefix) throws IOException {
    return sampleFiles().stream().filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
        .findFirst().orElseThrow(() -> new AssertionError("no sample letter " + prefix));
  }

  private static List<Path> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(LETTERS)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
          .collect(Collectors.toList());
    }
  }
}
