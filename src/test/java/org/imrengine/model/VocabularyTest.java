package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imrengine.rules.Guideline;
import org.imrengine.rules.Tier;
import org.junit.jupiter.api.Test;

/** The vocabulary files: the built-in ones, and every kind of broken entry. */
class VocabularyTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void builtIn_keepsTheIdsKindsAndTitlesOfTheFormerEnums() {
    Vocabulary v = Vocabulary.builtIn();

    assertThat(v.services().all()).hasSize(71);
    assertThat(v.services().get("x_ray").kind()).isEqualTo(Service.Kind.IMAGING);
    assertThat(v.services().get("emg_ncv").isStudy()).isTrue();
    assertThat(v.services().get("other").isUnspecified()).isTrue();
    assertThat(v.unspecifiedService()).contains(Service.of("other"));
    assertThat(v.topicalService()).contains(Service.of("topical_analgesic"));
    assertThat(v.services().get("acupuncture").codes())
        .extracting(StandardCode::code).containsExactly("97810", "97811", "97813", "97814");
    assertThat(v.diagnosisCategories().all()).hasSize(30);
    assertThat(v.diagnosisCategories().get("radiculopathy").codes())
        .containsExactly(new StandardCode(CodeSystem.ICD10, "M54.1"));
    assertThat(v.findingTypes().all()).hasSize(24);
    assertThat(v.guidelines().get("mtus_acoem").title()).isEqualTo("MTUS ACOEM");
    assertThat(v.guidelines().get("odg").tier()).isEqualTo(Tier.ACOEM_OR_ODG);
    assertThat(v.guidelines().get("mtus_drug_formulary").isMtus()).isTrue();
    assertThat(v.observationCodes().get("oswestry_disability_index").unit()).contains("percent");
    assertThat(v.observationCodes().get("tobacco_use").isPresent()).isTrue();
  }

  @Test
  void values_areEqualByIdAndInterned() {
    Service mine = new Service(new String("mri"), Service.Kind.IMAGING, "MRI", Optional.empty(), List.of());

    assertThat(mine).isEqualTo(Service.of("mri")).hasSameHashCodeAs(Service.of("mri"));
    assertThat(mine.id()).isSameAs(Service.of("mri").id());
    assertThat(mine).isNotEqualTo(Service.of("ct"));
    assertThat(mine.toString()).isEqualTo("MRI");
    assertThat(new Guideline("odg", "ODG", Tier.ACOEM_OR_ODG, "d", Optional.empty())).isEqualTo(Guideline.of("odg"));
  }

  @Test
  void of_unknownId_namesTheAllowedIds() {
    assertThatThrownBy(() -> Service.of("mri_scan")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown value 'mri_scan' (expected one of imaging, x_ray, mri,");
    assertThatThrownBy(() -> FindingType.of("spurling")).hasMessageContaining("provocative_test");
  }

  @Test
  void compile_aBrokenServicesFile_reportsEveryProblemWithItsPlace() throws IOException {
    List<String> problems = compile(Vocabulary.Part.SERVICES, """
        services:
          - id: mri
            kind: imaging
            description: MRI.
          - id: mri
            kind: imaging
            description: MRI again.
          - id: Shock-Wave
            kind: conservative
            description: x
          - id: laser
            kind: light
            description: Low-level laser therapy.
          - id: sling
            kind: other
          - id: brace
            kind: other
            description: A brace.
            colour: blue
          - id: other
            kind: other
            description: Anything else.
            role: unspecified
          - id: misc
            kind: other
            description: Also anything else.
            role: unspecified
          - id: ct
            kind: imaging
            description: CT.
            codes: { cpt: [72125, "7212"], snomed: ["1"] }
        """);

    assertThat(problems).containsExactly(
        "services services[1].id: duplicate id 'mri' (also services[0])",
        "services services[2].id: not a lower_snake id: 'Shock-Wave'",
        "services services[3].kind: unknown value 'light' (expected one of imaging, electrodiagnostic, other_test, "
            + "add_on, conservative, exercise, injection, surgery, drug, other)",
        "services services[4].description: missing required field",
        "services services[5].colour: unknown key (expected one of codes, description, id, kind, role)",
        "services services[7].role: role 'unspecified' is held by services[6] already",
        "services services[8].codes.cpt[0]: not a cpt code: 72125 (codes are quoted strings)",
        "services services[8].codes.cpt[1]: not a cpt code: \"7212\" (codes are quoted strings)",
        "services services[8].codes.snomed: unknown value 'snomed' (expected one of icd10, cpt, hcpcs, rxnorm, loinc)");
  }

  @Test
  void compile_guidelinesAndObservationCodes_checkTheirOwnFields() throws IOException {
    assertThat(compile(Vocabulary.Part.GUIDELINES, """
        guidelines:
          - id: odg
            tier: acoem_or_odg
          - id: nice
            title: NICE guidelines
            tier: national
          - id: other
            title: Other
            tier: other_guideline
            role: topical
        """)).containsExactly(
        "guidelines guidelines[0].title: missing required field",
        "guidelines guidelines[1].tier: unknown value 'national' (expected one of mtus, acoem_or_odg, other_guideline, "
            + "peer_reviewed_study)",
        "guidelines guidelines[2].role: role 'topical' is not one of the guidelines vocabulary");
    assertThat(compile(Vocabulary.Part.OBSERVATION_CODES, """
        observationCodes:
          - id: grip
            description: Grip strength.
          - id: smoker
            written: present
            unit: packs
            description: Smokes.
          - id: pain
            written: number
            description: Pain.
        """)).containsExactly(
        "observationCodes observationCodes[0].written: missing required field",
        "observationCodes observationCodes[1].unit: a code written with present has no unit",
        "observationCodes observationCodes[2].written: expected 'value' (a number, with the unit given) or 'present' "
            + "(true or false), was 'number'");
  }

  @Test
  void compile_aFileWithoutItsList_isAProblem() throws IOException {
    assertThat(compile(Vocabulary.Part.FINDING_TYPES, "services: []\n"))
        .containsExactly("findingTypes : a vocabulary file is a mapping with the list 'findingTypes'");
    assertThat(compile(Vocabulary.Part.FINDING_TYPES, "findingTypes: []\n"))
        .containsExactly("findingTypes findingTypes: expected a non-empty list of entries");
  }

  @Test
  void caseFile_anUnknownObservationCode_isAnUnknownValueNamingTheCodes() {
    List<CaseFileProblem> problems = CaseFileReader.validate("""
        {"caseId": "c", "asOf": "2015-01-01",
         "observations": [{"id": "o1", "code": "pain_level", "value": 7}],
         "requests": [{"id": "r", "description": "MRI", "service": "mri", "region": "knee"}]}
        """);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).code()).isEqualTo(CaseFileProblem.Code.UNKNOWN_VALUE);
    assertThat(problems.get(0).path()).isEqualTo("$.observations[0].code");
    assertThat(problems.get(0).message()).startsWith("unknown value 'pain_level' (expected one of psychosocial_assessment,");
  }

  private static List<String> compile(Vocabulary.Part part, String yaml) throws IOException {
    JsonNode tree = YAML.readTree(yaml);
    List<String> problems = new ArrayList<>();
    Vocabulary.compile(Map.of(part, tree), (p, path, message) -> problems.add(p.key() + " " + path + ": " + message));
    return problems;
  }
}
