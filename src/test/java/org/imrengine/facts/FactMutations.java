package org.imrengine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrengine.model.CaseFile;
import org.imrengine.model.Request;
import org.junit.jupiter.api.Test;

/**
 * A mutation check of the fact tests, run by hand (its name keeps it out of the default test run):
 *
 * <pre>{@code
 * ./mvnw -q -B -ntp test -Dtest=FactMutations
 * }</pre>
 *
 * <p>Applies one-line mutations to each fact file of {@code rules/index.yaml} in turn (drop a
 * value from a list or a test from a mapping, flip present/absent, true/false, normal/abnormal,
 * stated/not stated, widen or narrow a region match, drop {@code orUnstated}, a fallback, an
 * {@code after} or {@code unless}, change a pick or a unit, stop citing the scope), compiles the
 * mutated catalog, and runs every fact test row against it. A mutation that no row notices
 * survives. The report ("N of M mutations killed") goes to {@code target/fact-mutations.txt}
 * and standard output; mutations that do not compile are counted apart.
 */
final class FactMutations {
  private static final Path REPORT = Path.of("target", "fact-mutations.txt");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** One mutation: the file, the line (1-based), what it did, and the mutated text. */
  record Mutation(String file, int line, String description, String text) {}

  private record Prepared(FactTests.Located row, CaseFile file, Request request) {}

  @Test
  void run() throws IOException {
    List<Prepared> rows = new ArrayList<>();
    for (Path file : FactTests.files(FactTests.DIR)) {
      for (FactTests.Located t : FactTests.read(file)) {
        CaseFile c = t.caseFile();
        rows.add(new Prepared(t, c, t.request(c)));
      }
    }
    List<String> names = new ArrayList<>(FactTablesTest.factFiles().keySet());
    List<String> texts = new ArrayList<>();
    for (String name : names) {
      texts.add(Files.readString(Path.of("rules").resolve(name), StandardCharsets.UTF_8));
    }
    assertThat(failures(compile(names, texts, -1, null), rows)).as("rows failing on the unmutated facts").isZero();

    List<String> survivors = new ArrayList<>();
    int killed = 0;
    int stillborn = 0;
    int total = 0;
    for (int f = 0; f < names.size(); f++) {
      for (Mutation m : mutations(names.get(f), texts.get(f))) {
        FactCatalog catalog = compile(names, texts, f, m.text());
        if (catalog == null) {
          stillborn++;
          continue;
        }
        total++;
        if (failures(catalog, rows) > 0) {
          killed++;
        } else {
          survivors.add(m.file() + ":" + m.line() + " " + m.description());
        }
      }
    }
    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT, "%d of %d mutations killed by %d fact test rows"
        + " (%d more did not compile)%n", killed, total, rows.size(), stillborn));
    if (!survivors.isEmpty()) {
      report.append("survivors:\n");
      survivors.forEach(s -> report.append("  ").append(s).append('\n'));
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
    System.out.print(report);
  }

  /** The catalog of the fact files, file {@code mutated} replaced by {@code text}; null if it does not compile. */
  private static FactCatalog compile(List<String> names, List<String> texts, int mutated, String text) {
    List<FactCatalog.Source> sources = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      try {
        JsonNode root = YAML.readTree(i == mutated ? text : texts.get(i));
        sources.add(new FactCatalog.Source(names.get(i), root));
      } catch (IOException e) {
        return null;
      }
    }
    List<String> problems = new ArrayList<>();
    FactCatalog catalog = FactCatalog.compile(sources, (file, path, message) -> problems.add(message));
    return problems.isEmpty() ? catalog : null;
  }

  private static int failures(FactCatalog catalog, List<Prepared> rows) {
    int failed = 0;
    for (Prepared p : rows) {
      try {
        if (!FactTablesTest.problems(catalog, p.row(), p.file(), p.request()).isEmpty()) {
          failed++;
        }
      } catch (RuntimeException e) {
        failed++;
      }
    }
    return failed;
  }

  // ---- the mutations -------------------------------------------------------------------------

  private static final Pattern FLOW_LIST = Pattern.compile("\\[([^\\[\\]]+)]");
  private static final Pattern INLINE_MAP = Pattern.compile("(where|match|unless|present): \\{ *(.+?) *}\\s*$");
  private static final List<String[]> SWAPS = List.of(
      new String[] {"value: present", "value: absent"},
      new String[] {"value: absent", "value: present"},
      new String[] {"value: notDocumented", "value: absent"},
      new String[] {"present: true", "present: false"},
      new String[] {"orUnstated: true", "orUnstated: false"},
      new String[] {"stated: true", "stated: false"},
      new String[] {"result: abnormal", "result: normal"},
      new String[] {"result: normal", "result: abnormal"},
      new String[] {"Response: true", "Response: false"},
      new String[] {"Pain: true", "Pain: false"},
      new String[] {"Improvement: true", "Improvement: false"},
      new String[] {"radiculopathy: true", "radiculopathy: false"},
      new String[] {"pick: max", "pick: first"},
      new String[] {"pick: first", "pick: max"},
      new String[] {"pick: latest", "pick: earliest"},
      new String[] {"pick: earliest", "pick: latest"},
      new String[] {"unit: weeks }", "unit: days }"},
      new String[] {"unit: months", "unit: weeks"},
      new String[] {", fallback: injuryDate", ""},
      new String[] {"cite: scope", "cite: none"},
      new String[] {"{ not: nondiagnostic }", "nondiagnostic"},
      new String[] {"region: $request.region", "region: { equals: $request.region, orUnstated: true }"},
      new String[] {"region: { equals: $request.region, orUnstated: true }", "region: $request.region"},
      new String[] {"side: { sideOf: $request.side, orUnstated: true }", "side: { equals: $request.side, orUnstated: true }"},
      new String[] {"side: { sideOf: $request.side, orUnstated: true }", "side: { sideOf: $request.side }"});

  /** Every one-line mutation of {@code text} (a fact file), in line order. */
  static List<Mutation> mutations(String file, String text) {
    List<String> lines = List.of(text.split("\n", -1));
    List<Mutation> out = new ArrayList<>();
    boolean inFacts = false;
    int whereIndent = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String code = line.strip();
      int indent = line.length() - line.stripLeading().length();
      if (line.startsWith("facts:")) {
        inFacts = true;
      }
      if (code.isEmpty() || code.startsWith("#") || code.startsWith("implies:") || code.startsWith("label:")
          || code.startsWith("describe:") || code.startsWith("text:") || code.startsWith("- id:")) {
        continue;
      }
      // a condition line of a block `where:`, `match:` or `unless:` mapping
      if (whereIndent >= 0 && indent > whereIndent) {
        out.add(replace(file, lines, i, null, "drop the test '" + code + "'"));
      } else {
        whereIndent = -1;
      }
      if (code.matches("(- )?(where|match|unless):")) {
        whereIndent = indent;
      }
      if (code.startsWith("after:") || code.startsWith("unless:")) {
        out.add(replace(file, lines, i, null, "drop '" + code + "'"));
      }
      for (String[] swap : SWAPS) {
        // a fact's own `unit:` names its unit for messages; only the unit of `elapsed:` counts
        if (line.contains(swap[0]) && (!swap[0].startsWith("unit:") || line.contains("elapsed:"))) {
          out.add(replace(file, lines, i, line.replace(swap[0], swap[1]),
              "'" + swap[0] + "' -> '" + swap[1] + "'" + (inFacts ? "" : " (scope)")));
        }
      }
      Matcher list = FLOW_LIST.matcher(line);
      while (list.find()) {
        String[] values = list.group(1).split(",");
        for (int v = 0; values.length > 1 && v < values.length; v++) {
          List<String> kept = new ArrayList<>();
          for (int k = 0; k < values.length; k++) {
            if (k != v) {
              kept.add(values[k].strip());
            }
          }
          String mutated = line.substring(0, list.start()) + "[" + String.join(", ", kept) + "]"
              + line.substring(list.end());
          out.add(replace(file, lines, i, mutated, "drop '" + values[v].strip() + "' from " + list.group()));
        }
      }
      Matcher map = INLINE_MAP.matcher(line);
      if (map.find()) {
        List<String> entries = entries(map.group(2));
        for (int e = 0; entries.size() > 1 && e < entries.size(); e++) {
          List<String> kept = new ArrayList<>(entries);
          kept.remove(e);
          String mutated = line.substring(0, map.start(2)) + String.join(", ", kept) + line.substring(map.end(2));
          out.add(replace(file, lines, i, mutated, "drop '" + entries.get(e) + "' from " + map.group(1)));
        }
      }
    }
    return out;
  }

  /** The entries of a flow mapping's body, split at top-level commas. */
  private static List<String> entries(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(body.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(body.substring(start).strip());
    return out;
  }

  private static Mutation replace(String file, List<String> lines, int index, String replacement, String what) {
    List<String> copy = new ArrayList<>(lines);
    if (replacement == null) {
      copy.remove(index);
    } else {
      copy.set(index, replacement);
    }
    return new Mutation(file, index + 1, what, String.join("\n", copy));
  }
}
