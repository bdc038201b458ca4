package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imrengine.ImrEngine;
import org.imrengine.Samples;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.evaluation.Part;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rationale.Rationale;
import org.imrengine.rules.CriterionResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report loaded in a real browser: headless Chromium (Debian package {@code chromium},
 * installed by {@code .ci/run}) parses the page and dumps the DOM it built, and the test checks
 * what the browser holds, not the string the report wrote. Skipped, with a message, only where
 * Chromium is not installed and {@code IMR_REQUIRE_BROWSER} is not set; CI sets it, so CI never
 * skips.
 */
final class HtmlReportBrowserTest {
  private static final Pattern SECTION = Pattern.compile(
      "<section class=\"determination\" id=\"([^\"]*)\" data-outcome=\"([^\"]*)\">(.*?)</section>", Pattern.DOTALL);
  private static final String HOSTILE = "<img src=x onerror=alert(1)> X-ray & \\\"views\\\"";

  private static ImrEngine engine;
  private static List<Determination> determinations;
  private static String dom;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void decide() throws IOException {
    engine = ImrEngine.builtIn();
    List<CaseFile> cases = new ArrayList<>(Samples.cases());
    cases.add(CaseFileReader.read(Path.of("samples/written/release-quickstart.json")));
    String xray = Files.readString(Path.of("samples/cases/004_f851e982964eb853.json"), StandardCharsets.UTF_8);
    cases.add(CaseFileReader.parse(xray.replace("\"caseId\": \"004_f851e982964eb853\"", "\"caseId\": \"hostile\"")
        .replace("\"X-ray of the cervical spine (5 views)\"", "\"" + HOSTILE + "\""), "hostile.json"));
    determinations = new ArrayList<>();
    for (CaseFile file : cases) {
      determinations.addAll(engine.determine(file));
    }
    assertThat(determinations).extracting(Determination::outcome).contains(Outcome.UPHELD, Outcome.OVERTURNED);
  }

  private static Optional<String> chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  /** The DOM Chromium builds from the page of every determination, serialised; loaded once. */
  private static synchronized String dom() throws IOException, InterruptedException {
    if (dom == null) {
      dom = load(HtmlReport.write(determinations, engine::rationale));
    }
    return dom;
  }

  private static String load(String page) throws IOException, InterruptedException {
    Optional<String> browser = chromium();
    if (System.getenv("IMR_REQUIRE_BROWSER") != null) {
      assertThat(browser).as("IMR_REQUIRE_BROWSER is set but chromium is not on the PATH").isPresent();
    }
    assumeTrue(browser.isPresent(), "chromium is not installed (apt-get install chromium); .ci/run installs it");
    Path file = tmp.resolve("report.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Path dom = tmp.resolve("dom.html");
    Process p = new ProcessBuilder(browser.get(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + tmp.resolve("profile"),
        "--dump-dom", file.toUri().toString())
        .redirectOutput(dom.toFile()).redirectError(tmp.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium finished within 180 s").isTrue();
    assertThat(p.exitValue()).as("chromium exit code; log in %s", tmp.resolve("chromium.log")).isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  /** Text as Chromium serialises a text node: only {@code & < >} escaped. */
  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void page_inChromium_showsEveryDeterminationWithCriteriaAdviceAndRationale() throws Exception {
    String dom = dom();

    assertThat(dom).contains("<title>IMR determinations: case ");
    Matcher m = SECTION.matcher(dom);
    int i = 0;
    while (m.find()) {
      Determination d = determinations.get(i++);
      String section = m.group(3);
      assertThat(m.group(1)).isEqualTo(d.caseId() + "--" + d.requestId());
      assertThat(m.group(2)).isEqualTo(d.outcome().id());
      assertThat(section).contains("<h2 class=\"request\">" + text(d.description()) + "</h2>")
          .contains(">" + d.outcome().label() + "</span>");
      d.citation().ifPresent(c -> assertThat(section).contains("Decision based on " + text(c.text())));
      int nodes = 0;
      for (Part part : d.parts()) {
        for (CriterionResult node : part.criteria().map(CriterionResult::nodes).orElse(List.of())) {
          nodes++;
          assertThat(section).contains("data-id=\"" + node.id() + "\" data-status=\"" + node.status().id() + "\"");
        }
        part.limits().forEach(l -> assertThat(section)
            .contains("<li class=\"limit ").contains("data-id=\"" + l.id() + "\" data-status=\"" + l.status().id() + "\""));
      }
      assertThat(count(section, "<li class=\"criterion ")).as("criteria of %s", d.requestId()).isEqualTo(nodes);
      assertThat(count(section, "<span class=\"status\">not documented</span>"))
          .isEqualTo(d.parts().stream().flatMap(p -> p.criteria().map(CriterionResult::nodes).orElse(List.of()).stream())
              .filter(n -> n.status().id().equals("not_documented")).count()
              + d.parts().stream().flatMap(p -> p.limits().stream()).filter(l -> l.status().id().equals("not_documented")).count());
      if (d.advice().isEmpty()) {
        assertThat(section).doesNotContain("What would change the outcome");
      } else {
        assertThat(section).contains("<h3>What would change the outcome</h3>");
        String advice = section.substring(section.indexOf("<ol class=\"advice\">"), section.indexOf("</ol>"));
        assertThat(count(advice, "<li>")).isEqualTo(d.advice().options().size());
        d.advice().options().forEach(o -> o.steps().forEach(s -> assertThat(advice).contains(text(s.text()))));
      }
      Rationale r = engine.rationale(d);
      assertThat(section).contains("<h3>Decision rationale</h3>")
          .contains("<p>" + text(r.requires()) + "</p>")
          .contains("<p>" + text(r.conclusion().strip()) + "</p>");
    }
    assertThat(i).as("sections the browser built").isEqualTo(determinations.size());
  }

  @Test
  void page_inChromium_caseTextIsShownAsTextNeverAsMarkup() throws Exception {
    String dom = dom();

    assertThat(dom).doesNotContain("<img").doesNotContain("<script").doesNotContain("onerror=\"");
    assertThat(dom).contains("<h2 class=\"request\">" + text(HOSTILE.replace("\\\"", "\"")) + "</h2>");
  }

  private static long count(String text, String what) {
    long n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }
}
