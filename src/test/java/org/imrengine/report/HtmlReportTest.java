package org.imrengine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.imrengine.ImrEngine;
import org.imrengine.evaluation.Determination;
import org.imrengine.evaluation.Outcome;
import org.imrengine.model.CaseFileReader;
import org.junit.jupiter.api.Test;

/** The HTML report as written; {@link HtmlReportBrowserTest} checks what a browser makes of it. */
final class HtmlReportTest {
  private static final ImrEngine ENGINE = ImrEngine.builtIn();

  private static List<Determination> quickstart() throws IOException {
    return ENGINE.determine(CaseFileReader.read(Path.of("samples/written/release-quickstart.json")));
  }

  @Test
  void write_isOneSelfContainedPage() throws IOException {
    String page = HtmlReport.write(quickstart(), ENGINE::rationale);

    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
        .contains("<meta charset=\"utf-8\">").contains("<style>")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http");
  }

  @Test
  void write_upheldAndOverturned_outcomeClassesAdviceOnlyForUpheld() throws IOException {
    List<Determination> ds = quickstart();
    assertThat(ds).extracting(Determination::outcome).containsExactly(Outcome.UPHELD, Outcome.OVERTURNED);

    String page = HtmlReport.write(ds, ENGINE::rationale);

    String upheld = page.substring(page.indexOf("data-outcome=\"upheld\""), page.indexOf("data-outcome=\"overturned\""));
    String overturned = page.substring(page.indexOf("data-outcome=\"overturned\""));
    assertThat(upheld).contains("<span class=\"outcome upheld\">Upheld</span>")
        .contains("What would change the outcome").contains("data-id=\"visits_within_guideline\" data-status=\"not_met\"");
    assertThat(overturned).contains("<span class=\"outcome overturned\">Overturned</span>")
        .doesNotContain("What would change the outcome").contains("is medically necessary.</p>");
  }

  @Test
  void escape_markupAndControlCharacters() {
    assertThat(HtmlReport.escape("<b>\"a\" & 'b'</b>\u001b[31m")).isEqualTo("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt; [31m");
  }
}
