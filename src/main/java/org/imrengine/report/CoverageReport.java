package org.imrengine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imrengine.model.Service;
import org.imrengine.rules.Coverage;
import org.imrengine.rules.Edition;

/**
 * Writes a {@link Coverage} listing as a plain-text table or as Markdown (the form of
 * {@code docs/coverage.md}). Both list every rule edition (service, regions, rule, edition and its
 * dates, unconfirmed thresholds, citation), then the guideline editions with their counts, then the
 * services no rule covers. Neither includes the rule base's content hash, so the generated document
 * changes only when what the rules cover changes. Deterministic; stateless and thread-safe.
 */
public final class CoverageReport {
  /** The command that regenerates {@code docs/coverage.md} from the repository's rules. */
  public static final String REGENERATE =
      "java -jar target/imr-engine-cli.jar coverage --rules rules --format markdown > docs/coverage.md";

  private CoverageReport() {}

  /**
   * {@return the listing as aligned text; every line ends in {@code "\n"}}
   * @param coverage the coverage listing
   */
  public static String text(Coverage coverage) {
    Objects.requireNonNull(coverage, "coverage");
    StringBuilder out = new StringBuilder();
    out.append("Coverage of rule base ").append(coverage.ruleBase().version()).append(": ")
        .append(coverage.editions().stream().mapToInt(Coverage.EditionSummary::rules).sum())
        .append(" rule editions\n\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("SERVICE", "REGIONS", "RULE", "IN FORCE", "UNCONFIRMED", "EDITION", "CITATION"));
    for (Coverage.Entry e : coverage.entries()) {
      rows.add(List.of(service(e), Coverage.regionsText(e.regions()), e.ruleId(), dates(e.edition()),
          String.valueOf(e.unconfirmed()), e.edition().name(), e.citation().text()));
    }
    out.append(Columns.align(rows)).append('\n');
    List<List<String>> editions = new ArrayList<>();
    editions.add(List.of("EDITION", "IN FORCE", "RULES", "UNCONFIRMED"));
    for (Coverage.EditionSummary s : coverage.editions()) {
      editions.add(List.of(s.edition().name(), dates(s.edition()), String.valueOf(s.rules()),
          String.valueOf(s.unconfirmed())));
    }
    out.append(Columns.align(editions)).append('\n');
    out.append("Services without a rule (no applicable rule): ").append(uncovered(coverage)).append('\n');
    return out.toString();
  }

  /**
   * {@return the listing as a Markdown document, the content of {@code docs/coverage.md}}
   * @param coverage the coverage listing
   */
  public static String markdown(Coverage coverage) {
    Objects.requireNonNull(coverage, "coverage");
    StringBuilder out = new StringBuilder();
    out.append("# Covered services\n\n")
        .append("Generated from the rule base ").append(coverage.ruleBase().version())
        .append(" by `imr-engine coverage`; do not edit by hand. Regenerate it from the repository")
        .append(" root with\n\n")
        .append("    ./mvnw -q -B -ntp package -DskipTests && ").append(REGENERATE).append("\n\n")
        .append("(`CoverageDocTest` fails when this file and the rules disagree). One row per rule")
        .append(" edition: a request is decided by the rule for its service and region whose")
        .append(" edition is in force on the request's date. *Unconfirmed* counts the criteria and")
        .append(" limits whose threshold the guideline brief could not confirm (`unconfirmed: true`).\n\n");
    out.append("| Service | Regions | Rule | In force | Unconfirmed | Edition | Citation |\n")
        .append("|---|---|---|---|---:|---|---|\n");
    for (Coverage.Entry e : coverage.entries()) {
      out.append(row(service(e), Coverage.regionsText(e.regions()), "`" + e.ruleId() + "`",
          dates(e.edition()), String.valueOf(e.unconfirmed()), e.edition().name(), e.citation().text()));
    }
    out.append("\n## Guideline editions\n\n")
        .append("| Edition | In force | Rules | Unconfirmed |\n")
        .append("|---|---|---:|---:|\n");
    for (Coverage.EditionSummary s : coverage.editions()) {
      out.append(row(s.edition().name(), dates(s.edition()), String.valueOf(s.rules()),
          String.valueOf(s.unconfirmed())));
    }
    out.append("\n## Services without a rule\n\n")
        .append("A request for one of these gets *no applicable rule*, with the reason, never an")
        .append(" outcome: ").append(uncovered(coverage)).append(".\n");
    return out.toString();
  }

  private static String service(Coverage.Entry e) {
    if (e.covers().isEmpty()) {
      return e.service().id();
    }
    List<String> addOns = new ArrayList<>();
    e.covers().forEach(s -> addOns.add(s.id()));
    return e.service().id() + " (with " + String.join(", ", addOns) + ")";
  }

  private static String dates(Edition edition) {
    return edition.from() + " to " + edition.to().map(Object::toString).orElse("today");
  }

  private static String uncovered(Coverage coverage) {
    if (coverage.uncovered().isEmpty()) {
      return "none";
    }
    List<String> ids = new ArrayList<>();
    for (Service s : coverage.uncovered()) {
      ids.add(s.id());
    }
    return String.join(", ", ids);
  }

  /** A Markdown table row; a {@code |} inside a cell is escaped. */
  private static String row(String... cells) {
    StringBuilder out = new StringBuilder("|");
    for (String cell : cells) {
      out.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    return out.append('\n').toString();
  }
}
