package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ImrDecisionReaderTest {
  private static String caseWith(String request) {
    return """
        {"caseId": "c", "asOf": "2014-12-16", "injuryDate": "2014-01-02",
         "requests": [%s]}
        """.formatted(request);
  }

  private static final String REQUEST = "{\"id\": \"r\", \"description\": \"MRI\", \"service\": \"mri\", "
      + "\"region\": \"cervical_spine\", \"date\": \"2014-12-01\", "
      + "\"ur\": {\"outcome\": \"denied\", \"date\": \"2014-12-10\"}";

  @Test
  void read_fullRecord_everyField() {
    CaseFile file = CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"overturned\", "
        + "\"date\": \"2015-02-01\", \"guideline\": \"MTUS ACOEM Page(s): 177-179\", \"source\": \"CM15-0001\"}}"), "c.json");

    assertThat(file.requests().get(0).imr()).contains(new ImrDecision(ImrOutcome.OVERTURNED,
        Optional.of(LocalDate.of(2015, 2, 1)), Optional.of("MTUS ACOEM Page(s): 177-179"), Optional.of("CM15-0001")));
  }

  @Test
  void read_outcomeOnly_restEmpty() {
    CaseFile file = CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"upheld\"}}"), "c.json");

    assertThat(file.requests().get(0).imr()).contains(
        new ImrDecision(ImrOutcome.UPHELD, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void read_noRecord_empty() {
    assertThat(CaseFileReader.parse(caseWith(REQUEST + "}"), "c.json").requests().get(0).imr()).isEmpty();
  }

  @Test
  void read_unknownOutcome_namesPathAndValues() {
    assertThatThrownBy(() -> CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"granted\"}}"), "c.json"))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("c.json: $.requests[0].imr.outcome: unknown value 'granted' (expected one of upheld, overturned)");
  }

  @Test
  void read_missingOutcome_rejected() {
    assertThatThrownBy(() -> CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"source\": \"x\"}}"), "c.json"))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("c.json: $.requests[0].imr.outcome: missing required field");
  }

  @Test
  void read_unknownField_rejected() {
    assertThatThrownBy(() -> CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"upheld\", \"why\": \"x\"}}"), "c.json"))
        .isInstanceOf(CaseFileException.class)
        .hasMessageStartingWith("c.json: $.requests[0].imr.why: unknown field");
  }

  @Test
  void read_dateBeforeUrDecision_rejected() {
    assertThatThrownBy(() -> CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"upheld\", \"date\": \"2014-12-05\"}}"), "c.json"))
        .isInstanceOf(CaseFileException.class)
        .hasMessage("c.json: $.requests[0].imr.date: IMR decision 2014-12-05 is before the UR decision date 2014-12-10");
  }

  @Test
  void read_dateAfterAsOf_allowed() {
    CaseFile file = CaseFileReader.parse(caseWith(REQUEST + ", \"imr\": {\"outcome\": \"upheld\", \"date\": \"2016-01-01\"}}"), "c.json");

    assertThat(file.requests().get(0).imr().orElseThrow().date()).contains(LocalDate.of(2016, 1, 1));
  }
}
