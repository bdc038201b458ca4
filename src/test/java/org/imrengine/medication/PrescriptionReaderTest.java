package org.imrengine.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PrescriptionReaderTest {
  private static final PrescriptionReader READER = PrescriptionReader.builtIn();

  static Stream<Arguments> spellings() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = PrescriptionReaderTest.class.getResourceAsStream("/medication/prescriptions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        out.add(Arguments.of(parts[0], parts[1]));
      }
    }
    return out.stream();
  }

  @Test
  void spellings_coverAtLeastFiftyRealWorldForms() throws IOException {
    assertThat(spellings().count()).isGreaterThanOrEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spellings")
  void read_givesTheParts(String prescription, String expected) {
    assertThat(PrescriptionSummary.of(READER.read(prescription))).isEqualTo(expected);
  }

  @Test
  void read_aWellFormedPrescription_isComplete() {
    Prescription p = READER.read("Norco 10/325 mg #60, 1 tab q6h prn");

    assertThat(p.isComplete()).isTrue();
    assertThat(p.order().orElseThrow().prescription()).contains("Norco 10/325 mg #60, 1 tab q6h prn");
  }

  @Test
  void read_anUnknownDrug_reportsWhereItIs() {
    Prescription p = READER.read("Xyzzy 10 mg #30");

    assertThat(p.isComplete()).isFalse();
    assertThat(p.order()).isEmpty();
    assertThat(p.unread().get(0).where()).isEqualTo("characters 1-5");
    assertThat(p.problems()).containsExactly("names no drug of the vocabulary");
  }

  @Test
  void read_aWordItDoesNotKnow_keepsTheRestAndSaysWhatItCouldNotRead() {
    Prescription p = READER.read("Norco 10/325 #60 1 tab q6h mix with water");

    assertThat(p.order()).isPresent();
    assertThat(p.unread()).extracting(Prescription.Unread::text).containsExactly("mix", "with", "water");
    assertThat(p.unread().get(0).where()).isEqualTo("characters 28-30");
  }

  @Test
  void read_twoOralDrugs_isRefusedAsTwoRequests() {
    Prescription p = READER.read("Norco 10/325 and Soma 350");

    assertThat(p.order()).isEmpty();
    assertThat(p.problems().get(0)).startsWith("names 2 drugs: a request naming several drugs is several requests");
  }

  @Test
  void read_aDoseNoOneCouldTake_isAProblemNotAGuess() {
    assertThat(READER.read("Percocet 10/325 25 tabs q6h").problems())
        .containsExactly("directions: at most 20 units a dose is possible, was 25");
    assertThat(READER.read("Norco 10/325 #60 1 tab q0h").problems())
        .containsExactly("directions: must be greater than 0, was 0");
    assertThat(READER.read("Lidocaine 150% cream").problems())
        .containsExactly("the strength of lidocaine: a concentration is at most 100%, was 150");
  }

  @Test
  void read_strengthsThatDoNotFitTheProduct_areAProblem() {
    assertThat(READER.read("Norco 10/325/5").problems())
        .containsExactly("3 strengths are written for Norco, a combination of 2");
    assertThat(READER.read("Gabapentin 300/600 mg").problems())
        .containsExactly("2 strengths are written for gabapentin, a drug of one ingredient");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "#", "////", "q6h prn", "100000000000000000000 mg", "Norco #99999999999",
      "Norco x", "Norco 1e9 mg", "..", "Norco 10/325 ((( #60"})
  void read_anyText_neverThrows(String text) {
    Prescription p = READER.read(text);

    assertThat(p.text()).isEqualTo(text);
  }
}
