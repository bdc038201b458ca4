package org.imrengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.letters.LetterParseException;
import org.imrengine.letters.LetterParser;
import org.imrengine.model.Amount;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.CaseFileProblem;
import org.imrengine.model.CaseFileReader;
import org.imrengine.model.Frequency;
import org.imrengine.model.Per;
import org.imrengine.model.Rate;
import org.imrengine.model.Unit;
import org.imrengine.report.TextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test for each defect of the case reader, the letter reader and the text report listed in
 * issue 13 (hardening), named after it. The rule-file defects of the same issue (YAML aliases,
 * deep nesting, {@code .yml} files, byte-order marks, contradictory or internal load messages)
 * have theirs in {@code org.imrengine.rules.HostileRuleFileTest}; the fuzz tests in
 * {@code org.imrengine.fuzz} check the same invariant over generated input.
 */
final class HardeningRegressionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PT_CASE = Samples.DIR.resolve("cases/003_04f9b0e14f6627f2.json");
  private static final ImrEngine ENGINE = ImrEngine.builtIn();

  /** The sample case whose first request is physical therapy 2-3 times a week for 6 weeks. */
  private static ObjectNode ptCase() throws IOException {
    return (ObjectNode) JSON.readTree(PT_CASE.toFile());
  }

  private static ObjectNode ptRequest(ObjectNode file) {
    return (ObjectNode) file.withArray("requests").get(0);
  }

  private static List<CaseFileProblem> problems(String json) {
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse(json, "case.json"));
    assertThat(e).as("the case file should be refused").isNotNull();
    assertThat(e.file()).isEqualTo("case.json");
    return e.problems();
  }

  // ---- a wrong decision from an absurd request ------------------------------------------------

  /** 65 536 a week for 65 536 weeks wrapped to 0 visits and was Overturned as within the limit. */
  @ParameterizedTest(name = "{0} a week for {1} weeks")
  @CsvSource({"65536, 65536, perWeekMin", "65536, 1, perWeekMin", "2, 65536, weeks",
      "40000, 60000, perWeekMin", "2147483647, 2147483647, perWeekMin"})
  void visitOverflow_absurdFrequency_isRefusedNotOverturned(long perWeek, long weeks, String field)
      throws IOException {
    ObjectNode file = ptCase();
    ptRequest(file).putObject("frequency").put("perWeekMin", perWeek).put("perWeekMax", perWeek)
        .put("weeks", weeks);

    assertThat(problems(file.toString())).first().satisfies(p -> {
      assertThat(p.code()).isEqualTo(CaseFileProblem.Code.BAD_VALUE);
      assertThat(p.path()).isEqualTo("$.requests[0].frequency." + field);
    });
  }

  /** The same absurd request in the rate form, and as a bare quantity. */
  @Test
  void visitOverflow_rateFormAndQuantity_areRefused() throws IOException {
    ObjectNode file = ptCase();
    ObjectNode frequency = ptRequest(file).putObject("frequency");
    frequency.putArray("rates").addObject().put("amount", 65536).put("unit", "visits").put("per", "week");
    frequency.putObject("duration").put("amount", 65536).put("unit", "weeks");
    assertThat(problems(file.toString())).extracting(CaseFileProblem::path)
        .contains("$.requests[0].frequency.rates[0].amount", "$.requests[0].frequency.duration.amount");

    ObjectNode bare = ptCase();
    ptRequest(bare).remove("frequency");
    ptRequest(bare).put("quantity", 4_294_967_296L);
    assertThat(problems(bare.toString())).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.requests[0].quantity"));
  }

  /** The largest frequency a case file can state counts its visits exactly, without wrapping. */
  @Test
  void visitOverflow_largestAllowedFrequency_countsExactly() {
    int perDay = Rate.limit(Unit.SESSIONS, Per.DAY);
    Frequency most = new Frequency(List.of(new Rate(perDay, perDay, Unit.SESSIONS, Per.DAY)),
        new Amount(Frequency.MAX_DAYS, Unit.DAYS));

    assertThat(most.maxVisits()).isEqualTo(perDay * Frequency.MAX_DAYS).isPositive();
    assertThat(new Frequency(21, 21, 52).minVisits()).isEqualTo(21 * 52);
  }

  /** Within the bounds, a frequency far above the guideline is Upheld with the limit unmet. */
  @Test
  void visitOverflow_largeButPossibleFrequency_isUpheldOnTheLimit() throws IOException {
    ObjectNode file = ptCase();
    ptRequest(file).putObject("frequency").put("perWeekMin", 21).put("perWeekMax", 21).put("weeks", 52);
    CaseFile read = CaseFileReader.parse(file.toString(), "case.json");

    Determination d = ENGINE.determine(read).get(0);
    assertThat(d.outcome()).isEqualTo(Outcome.UPHELD);
    assertThat(d.unmet()).contains("visits_within_guideline");
  }

  // ---- stack traces where the README promises none ------------------------------------------

  /** A case over the size limit ran the reader out of memory; now it is refused unread. */
  @Test
  void outOfMemory_largeCase_isRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
    String padding = " ".repeat(CaseFileReader.MAX_BYTES);
    Path big = dir.resolve("big.json");
    Files.writeString(big, Files.readString(PT_CASE) + padding, StandardCharsets.UTF_8);

    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseFileReader.read(big));
    assertThat(e.file()).isEqualTo("big.json");
    assertThat(e.code()).isEqualTo(CaseFileProblem.Code.TOO_LARGE);
    assertThat(e.problem()).isEqualTo("too large: a case file has at most 2097152 bytes");
    assertThat(CaseFileReader.validate(big)).extracting(CaseFileProblem::code)
        .containsExactly(CaseFileProblem.Code.TOO_LARGE);
    assertThat(problems(Files.readString(big))).extracting(CaseFileProblem::code)
        .containsExactly(CaseFileProblem.Code.TOO_LARGE);
  }

  /** An endless stream (a device, a pipe) is read no further than the limit. */
  @Test
  void outOfMemory_endlessInput_isRefusedAtTheLimit() throws IOException {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");

    CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseFileReader.read(zero));
    assertThat(e.code()).isEqualTo(CaseFileProblem.Code.TOO_LARGE);
  }

  /** 100 000 nested arrays got Jackson's own message, naming its internal constraint class. */
  @ParameterizedTest(name = "depth {0}")
  @CsvSource({"33", "100000"})
  void deepNesting_caseFile_isRefusedInTheReadersWords(int depth) {
    String json = "{\"caseId\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(CaseFileProblem.Code.TOO_LARGE);
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).isEqualTo("nested too deeply: objects and arrays nest at most 32 deep")
          .doesNotContain("StreamReadConstraints", "Jackson", "`");
    });
  }

  /** A 1 000-digit number reached the parser's own limit message. */
  @Test
  void longNumber_caseFile_isRefusedInTheReadersWords() throws IOException {
    ObjectNode file = ptCase();
    String json = file.toString().replace("\"approvedQuantity\":9", "\"approvedQuantity\":" + "9".repeat(1000));

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(CaseFileProblem.Code.TOO_LARGE);
      assertThat(p.message()).contains("a number has at most 32 digits").doesNotContain("StreamReadConstraints");
    });
  }

  /** A dose of 1e400 read as an infinite double, whose decimal value threw NumberFormatException. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"1e400", "-1e400", "1e300", "12345678901"})
  void hugeDecimal_dose_isABadValueNotAnException(String amount) throws IOException {
    ObjectNode file = ptCase();
    String json = file.toString().replace("\"requests\":", "\"medications\": [{\"id\": \"med-1\", "
        + "\"drug\": \"ibuprofen\", \"dose\": {\"amount\": " + amount + ", \"unit\": \"mg\"}}], \"requests\":");

    assertThat(problems(json)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(CaseFileProblem.Code.BAD_VALUE);
      assertThat(p.path()).isEqualTo("$.medications[0].dose.amount");
      assertThat(p.message()).isEqualTo("must be at most 1000000000 in magnitude");
    });
  }

  /** Half a million bad items produced as many problems; the list stops at a thousand and counts the rest. */
  @Test
  void manyProblems_areListedUpToTheLimitAndCounted() throws IOException {
    ObjectNode file = ptCase();
    var findings = file.putArray("findings");
    for (int i = 0; i < 3000; i++) {
      findings.addObject();
    }
    List<CaseFileProblem> problems = problems(file.toString());

    assertThat(problems).hasSize(1001);
    assertThat(problems.get(1000).code()).isEqualTo(CaseFileProblem.Code.TOO_LARGE);
    assertThat(problems.get(1000).message()).matches("\\d+ more problems not listed \\(at most 1000 are\\)");
  }

  /** A letter over the size limit is refused, from text and from a file. */
  @Test
  void outOfMemory_largeLetter_isRefused(@TempDir Path dir) throws IOException {
    String big = "x".repeat(LetterParser.MAX_LENGTH + 1);
    assertThat(catchThrowableOfType(LetterParseException.class, () -> LetterParser.parse(big)).problem())
        .startsWith("too large");
    Path file = dir.resolve("big.txt");
    Files.writeString(file, big, StandardCharsets.UTF_8);
    assertThat(catchThrowableOfType(LetterParseException.class, () -> LetterParser.read(file)))
        .hasMessageStartingWith("big.txt: line 1: too large");
  }

  // ---- silent wrong data: escape sequences reaching the terminal ----------------------------

  /** Escape sequences in a request's description passed straight through the text report. */
  @Test
  void terminalEscapes_inCaseText_areShownNotActedOn() throws IOException {
    ObjectNode file = ptCase();
    ptRequest(file).put("description", "PT \u001b[31mred\u001b[0m \u001b]0;title\u0007\r\nFake: Overturned\u202e");
    CaseFile read = CaseFileReader.parse(file.toString(), "case.json");
    Determination d = ENGINE.determine(read).get(0);

    String text = TextReport.write(d, ENGINE.rationale(d));
    assertThat(text).doesNotContain("\u001b", "\u0007", "\r", "\u202e")
        .startsWith("PT \\u001b[31mred\\u001b[0m \\u001b]0;title\\u0007\\u000d\\u000aFake: Overturned\\u202e: Upheld\n");
    assertThat(text.lines()).noneMatch(line -> line.startsWith("Fake"));
  }

  /** A field name or vocabulary value with an escape sequence reached the terminal in the error. */
  @Test
  void terminalEscapes_inProblems_areShownNotActedOn() throws IOException {
    ObjectNode file = ptCase();
    file.put("\u001b[2J", 1);
    ptRequest(file).put("service", "mri\u001b[8m");

    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse(file.toString(), "case.json"));
    assertThat(e.getMessage()).doesNotContain("\u001b")
        .contains("case.json: $.\\u001b[2J: unknown field", "unknown value 'mri\\u001b[8m'");
  }

  /** A letter's quoted decision line carried its escape sequence into the parse error. */
  @Test
  void terminalEscapes_inLetterErrors_areShownNotActedOn() {
    LetterParseException e = catchThrowableOfType(LetterParseException.class,
        () -> LetterParser.parse("\u001b[2J no header here"));
    assertThat(e.getMessage()).doesNotContain("\u001b");
  }
}
