package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.imrengine.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading case files: the samples read, and every kind of bad input fails with the JSON path of
 * the offending value. The invalid files under {@code src/test/resources/cases-invalid/} are each
 * {@code baseline.json} with one thing broken.
 */
final class CaseFileReaderTest {
  private static final Path INVALID = Path.of("src", "test", "resources", "cases-invalid");

  // ---- valid input ------------------------------------------------------------------------

  @Test
  void read_sampleCases_allFiveRead() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Samples.DIR.resolve("cases"))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(5);

    for (Path file : files) {
      CaseFile caseFile = CaseFileReader.read(file);
      assertThat(caseFile.caseId()).as(file.toString())
          .isEqualTo(file.getFileName().toString().replaceFirst("\\.json$", ""));
      assertThat(caseFile.requests()).as(file.toString()).isNotEmpty();
    }
  }

  @Test
  void read_baseline_isValid() throws IOException {
    CaseFile caseFile = CaseFileReader.read(INVALID.resolve("baseline.json"));

    assertThat(caseFile.caseId()).isEqualTo("baseline");
    assertThat(caseFile.asOf()).isEqualTo(LocalDate.of(2014, 6, 30));
    assertThat(caseFile.requests()).extracting(Request::id).containsExactly("req-pt", "req-esi");
    Request pt = caseFile.requests().get(0);
    assertThat(pt.quantity()).contains(12);
    assertThat(pt.frequency()).contains(new Frequency(2, 3, 6));
    assertThat(caseFile.requests().get(1).levels()).containsExactly("C5-C6");
  }

  @Test
  void read_documentedAbsentAndNotDocumented_areKeptApart() throws IOException {
    CaseFile caseFile = CaseFileReader.read(INVALID.resolve("baseline.json"));

    // Documented absent: the record rules out trauma.
    assertThat(caseFile.redFlags()).singleElement().satisfies(flag -> {
      assertThat(flag.kind()).isEqualTo(RedFlagKind.TRAUMA);
      assertThat(flag.present()).isFalse();
    });
    // Not documented: lists the file leaves out are empty, optional fields are empty.
    assertThat(caseFile.events()).isEmpty();
    assertThat(caseFile.plans()).isEmpty();
    assertThat(caseFile.conditions()).isEmpty();
    assertThat(caseFile.diagnoses().get(0).side()).isEmpty();
    assertThat(caseFile.treatments().get(0).functionalImprovement()).isEmpty();
    // The only implied value is the provenance.
    assertThat(caseFile.redFlags().get(0).from()).isEqualTo(Provenance.SUMMARY);
  }

  @Test
  void parse_inlineJson_readsAndNamesTheSourceInErrors() {
    String json = """
        {"caseId": "inline", "asOf": "2014-06-30", "injuryDate": "2014-01-15",
         "requests": [{"id": "r1", "description": "MRI", "service": "mri", "region": "cervical_spine"}]}
        """;

    CaseFile caseFile = CaseFileReader.parse(json, "inline.json");
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse(json.replace("\"mri\"", "\"mri_scan\""), "inline.json"));

    assertThat(caseFile.requests()).singleElement()
        .satisfies(r -> assertThat(r.date()).isEqualTo(Optional.empty()));
    assertThat(e).hasMessageStartingWith(
        "inline.json: $.requests[0].service: unknown value 'mri_scan' (expected one of ");
  }

  // ---- invalid input ----------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      malformed-json                 | $                                 | malformed JSON at line 9, column 13
      trailing-content               | $                                 | malformed JSON at line 45, column 1
      not-an-object                  | $                                 | expected an object, was an array
      duplicate-json-key             | $                                 | Duplicate field 'region'
      unknown-top-level-field        | $.employer                        | unknown field (expected one of asOf, caseId,
      unknown-nested-field           | $.findings[0].colour              | unknown field (expected one of codes, date, from, id, level,
      missing-case-id                | $.caseId                          | missing required field
      missing-request-service        | $.requests[0].service             | missing required field
      missing-finding-result         | $.findings[0].result              | missing required field
      missing-requests               | $.requests                        | at least one disputed request
      null-value                     | $.symptoms[0].side                | must not be null
      blank-string                   | $.requests[1].description         | must not be blank
      bad-enum                       | $.requests[0].service             | unknown value 'mri_scan' (expected one of imaging, x_ray, mri, ct,
      string-for-number              | $.treatments[0].reliefPercent     | expected a whole number, was a string
      fractional-number              | $.claimant.age                    | expected a whole number, was a number
      not-a-study                    | $.studies[0].service              | 'physical_therapy' is not a diagnostic study
      bad-date                       | $.findings[0].date                | not a valid date '05/01/2014' (expected yyyy-MM-dd, yyyy-MM or yyyy)
      impossible-date                | $.findings[0].date                | not a valid date '2014-02-30'
      injury-after-as-of             | $.injuryDate                      | injury date 2014-07-01 is after asOf 2014-06-30
      study-after-as-of              | $.studies[0].date                 | date 2014-07-15 is after asOf 2014-06-30
      request-before-injury          | $.requests[0].date                | request date 2013-12-01 is before the injury date 2014-01-15
      ur-before-injury               | $.requests[0].ur.date             | UR decision date 2013-12-01 is before the injury date 2014-01-15
      end-before-start               | $.treatments[0].end               | end 2014-01-25 is before start 2014-02-01
      relief-percent-101             | $.treatments[0].reliefPercent     | must be at most 100, was 101
      negative-quantity              | $.requests[0].quantity            | must be at least 1, was 0
      duplicate-item-id              | $.studies[0].id                   | duplicate id 'exam-sensory' (also at $.findings[0])
      duplicate-request-id           | $.requests[1].id                  | duplicate id 'req-pt' (also at $.requests[0])
      request-id-of-item             | $.requests[1].id                  | duplicate id 'dx-neck' (also at $.diagnoses[0])
      quantity-not-fitting-frequency | $.requests[0].quantity            | quantity 20 does not fit the frequency (12 to 18 visits)
      frequency-max-below-min        | $.requests[0].frequency.perWeekMax | must be at least perWeekMin (3), was 2
      bad-finding-level              | $.findings[0].level               | not a spinal level 'C6 dermatome'
      bad-request-level              | $.requests[1].levels[1]           | not a spinal level 'c6-7'
      """)
  void read_invalidFile_failsAtPath(String name, String path, String problem) {
    String file = name + ".json";

    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.read(INVALID.resolve(file)));

    assertThat(e).as("%s should not read", file).isNotNull();
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.problem()).contains(problem);
    assertThat(e).hasMessageStartingWith(file + ": " + path + ": ");
  }

  @Test
  void parse_emptyText_failsAtRoot() {
    CaseFileException e = catchThrowableOfType(CaseFileException.class,
        () -> CaseFileReader.parse("", "empty.json"));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).isEqualTo("empty file");
  }
}
