package org.imrengine.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON Schema of the case format ({@code docs/case-format.schema.json}, shipped in the
 * jar) and {@link CaseFileReader} in agreement: every valid file is valid for both, every invalid
 * fixture is invalid for the reader, and invalid for the schema unless it is one of the problems a
 * schema cannot express (listed here, and checked to pass the schema so the list stays true).
 */
final class CaseFormatSchemaTest {
  private static final Path INVALID = Path.of("src", "test", "resources", "cases-invalid");
  private static final Path VALID = Path.of("src", "test", "resources", "cases-valid");
  private static final Path DOCS_SCHEMA = Path.of("docs", "case-format.schema.json");

  /** Problems only the reader sees: JSON syntax, order, identity, references, arithmetic. */
  private static final Set<String> READER_ONLY = Set.of(
      "malformed-json", "trailing-content", "duplicate-json-key", // not JSON the schema can read
      "impossible-date", // 2014-02-30 has the form of a date
      "injury-after-as-of", "study-after-as-of", "request-before-injury", "ur-before-injury",
      "end-before-start", "bounded-end-before-start", // date order
      "duplicate-item-id", "duplicate-request-id", "request-id-of-item", // ids unique in the file
      "observation-unknown-about", // references
      "quantity-not-fitting-frequency", "frequency-max-below-min", // arithmetic between fields
      "frequency-too-many-a-day", "frequency-longer-than-a-year", // limits per unit
      "regions-without-region");

  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = CaseFileReader.class.getResourceAsStream(CaseFileReader.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource in the jar").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Error> schemaErrors(Path file) throws IOException {
    return SCHEMA.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static List<Path> validFiles() throws IOException {
    List<Path> out = new ArrayList<>(CaseFileReaderTest.sampleFiles());
    out.add(INVALID.resolve("baseline.json"));
    out.add(VALID.resolve("real-record.json"));
    out.add(VALID.resolve("dates-of-service.json"));
    try (Stream<Path> written = Files.list(Path.of("samples", "written"))) {
      written.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
    }
    return out;
  }

  static List<String> invalidFixtures() throws IOException {
    try (Stream<Path> list = Files.list(INVALID)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("baseline.json"))
          .map(n -> n.replaceFirst("\\.json$", ""))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void schema_inTheJar_isTheOneInDocs() throws IOException {
    try (InputStream in = CaseFileReader.class.getResourceAsStream(CaseFileReader.SCHEMA_RESOURCE)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(DOCS_SCHEMA, StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void validFile_isValidForReaderAndSchema(Path file) throws IOException {
    assertThat(CaseFileReader.validate(file)).as("reader").isEmpty();
    assertThat(schemaErrors(file)).as("schema").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void invalidFixture_isInvalidForReader_andForSchemaWhenExpressible(String name) throws IOException {
    Path file = INVALID.resolve(name + ".json");

    assertThat(CaseFileReader.validate(file)).as("reader").isNotEmpty();
    if (READER_ONLY.contains(name)) {
      if (!name.equals("malformed-json") && !name.equals("trailing-content")) {
        assertThat(schemaErrors(file)).as("schema cannot express this; move it out of READER_ONLY")
            .isEmpty();
      }
    } else {
      assertThat(schemaErrors(file)).as("schema").isNotEmpty();
    }
  }

  @Test
  void readerOnlyList_namesExistingFixtures() throws IOException {
    assertThat(invalidFixtures()).containsAll(READER_ONLY);
  }

  @Test
  void vocabularies_matchTheModelEnumsAndTheBuiltInVocabularyFiles() throws IOException {
    JsonNode defs = new ObjectMapper().readTree(DOCS_SCHEMA.toFile()).get("$defs");

    assertVocabulary(defs, "region", Region.class);
    assertVocabulary(defs, "side", Side.class);
    assertVocabulary(defs, "sex", Sex.class);
    assertThat(values(defs.get("diagnosisCategory"))).containsExactlyElementsOf(
        Vocabulary.builtIn().diagnosisCategories().idList());
    assertThat(values(defs.get("findingType"))).containsExactlyElementsOf(Vocabulary.builtIn().findingTypes().idList());
    assertThat(values(defs.get("observationCode")))
        .containsExactlyElementsOf(Vocabulary.builtIn().observationCodes().idList());
    assertVocabulary(defs, "findingResult", FindingResult.class);
    assertVocabulary(defs, "radiation", Radiation.class);
    assertVocabulary(defs, "response", Response.class);
    assertThat(values(defs.get("service"))).containsExactlyElementsOf(Vocabulary.builtIn().services().idList());
    assertVocabulary(defs, "studyResult", StudyResult.class);
    assertVocabulary(defs, "redFlagKind", RedFlagKind.class);
    assertVocabulary(defs, "eventKind", EventKind.class);
    assertVocabulary(defs, "conditionKind", ConditionKind.class);
    assertVocabulary(defs, "provenance", Provenance.class);
    assertVocabulary(defs, "approach", Approach.class);
    assertVocabulary(defs, "contrast", Contrast.class);
    assertVocabulary(defs, "injectate", Injectate.class);
    assertVocabulary(defs, "urOutcome", UrOutcome.class);
    assertVocabulary(defs, "unit", Unit.class);
    assertVocabulary(defs, "per", Per.class);
    assertVocabulary(defs, "codeSystem", CodeSystem.class);
    assertVocabulary(defs, "acquisition", Acquisition.class);
    assertThat(values(defs.get("studyService"))).containsExactlyElementsOf(services(Service::isStudy));
    assertThat(values(defs.get("surgeryKind")))
        .containsExactlyElementsOf(services(s -> s.kind() == Service.Kind.SURGERY));
    assertThat(values(defs.get("drugClass")))
        .containsExactlyElementsOf(services(s -> s.kind() == Service.Kind.DRUG));
    for (CodeSystem system : CodeSystem.values()) {
      assertThat(defs.get("standardCode").toString()).contains(
          new ObjectMapper().writeValueAsString(system.form()));
    }
  }

  private static <E extends Enum<E> & Term> void assertVocabulary(JsonNode defs, String name, Class<E> type) {
    assertThat(values(defs.get(name))).as(name).containsExactlyElementsOf(ids(type, e -> true));
  }

  /** The ids of the built-in services that {@code keep} accepts, in file order. */
  private static List<String> services(java.util.function.Predicate<Service> keep) {
    List<String> out = new ArrayList<>();
    for (Service s : Vocabulary.builtIn().services().all()) {
      if (keep.test(s)) {
        out.add(s.id());
      }
    }
    return out;
  }

  private static List<String> values(JsonNode def) {
    List<String> out = new ArrayList<>();
    def.get("enum").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static <E extends Enum<E> & Term> List<String> ids(Class<E> type, java.util.function.Predicate<E> keep) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (keep.test(e)) {
        out.add(e.id());
      }
    }
    return out;
  }

  @Test
  void everyReaderField_isInTheSchema() throws IOException {
    // The top-level fields the reader allows are exactly the schema's properties.
    JsonNode schema = new ObjectMapper().readTree(DOCS_SCHEMA.toFile());
    Set<String> fields = new TreeSet<>();
    schema.get("properties").fieldNames().forEachRemaining(fields::add);
    List<CaseFileProblem> problems = CaseFileReader.validate("{\"caseId\": \"x\", \"asOf\": \"2014-01-01\", \"zzz\": 1}");

    assertThat(problems.get(0).message()).contains(String.join(", ", fields));
  }
}
