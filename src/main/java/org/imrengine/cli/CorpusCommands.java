package org.imrengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imrengine.ImrEngine;
import org.imrengine.concordance.Concordance;
import org.imrengine.concordance.Dimension;
import org.imrengine.concordance.InvalidFile;
import org.imrengine.concordance.Observation;
import org.imrengine.concordance.Tally;
import org.imrengine.evaluation.Determination;
import org.imrengine.model.CaseFile;
import org.imrengine.rationale.Rationale;
import org.imrengine.report.ConcordanceReport;
import org.imrengine.report.DeterminationJsonStream;
import org.imrengine.report.TextReport;

/**
 * The commands that stream a corpus of case files through {@link Corpus}: {@code evaluate} over a
 * directory and {@code concordance}. Each unusable file is reported on the error writer as it
 * comes and the run goes on; the exit code is {@link Cli#FAILURE} at the end if there was one.
 */
final class CorpusCommands {
  private static final String NAME = "imr-engine";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean progress;
  // The byte stream under out, if any: the JSON of a corpus goes to it without a writer between.
  private final Optional<java.io.OutputStream> bytes;

  CorpusCommands(PrintWriter out, PrintWriter err, boolean progress, Optional<java.io.OutputStream> bytes) {
    this.out = out;
    this.err = err;
    this.progress = progress;
    this.bytes = bytes;
  }

  /** A determination decided and rendered (as text, or with --json as JSON) on a worker thread. */
  private record Decided(String text, DeterminationJsonStream.Rendered json) {}

  /** Decides {@code files} and prints each file's determinations as soon as they are ready, in order. */
  int evaluate(ImrEngine engine, List<Path> files, boolean json) {
    Progress shown = progress(files.size());
    boolean[] invalid = {false};
    boolean[] first = {true};
    DeterminationJsonStream stream = json ? jsonStream() : null;
    Corpus.run(files, file -> {
      List<Decided> decided = new ArrayList<>();
      for (Determination d : engine.determine(Inputs.readCase(file, engine.rules().drugs()))) {
        Rationale rationale = engine.rationale(d);
        decided.add(json ? new Decided(null, DeterminationJsonStream.render(d, rationale))
            : new Decided(TextReport.write(d, rationale), null));
      }
      return decided;
    }, result -> {
      if (!result.ok()) {
        invalid[0] = true;
        report(shown, result.problem());
        return;
      }
      for (Decided d : result.value()) {
        if (stream != null) {
          stream.add(d.json());
        } else {
          out.print((first[0] ? "" : "\n") + d.text());
          first[0] = false;
        }
      }
      out.flush();
      if (stream != null) {
        stream.flush();
      }
    }, shown);
    if (stream != null) {
      stream.close();
    }
    return invalid[0] ? Cli.FAILURE : Cli.OK;
  }

  /** The JSON document's stream: on the byte stream under the writer when there is one. */
  private DeterminationJsonStream jsonStream() {
    out.flush();
    return bytes.isPresent() ? new DeterminationJsonStream(bytes.get()) : new DeterminationJsonStream(out);
  }

  /** Measures {@code engine} against the real decisions of {@code files}, and prints the report. */
  int concordance(ImrEngine engine, List<Path> files, Optional<Dimension> by, boolean json) {
    Progress shown = progress(files.size());
    Tally tally = new Tally(by);
    Corpus.run(files, file -> {
      CaseFile caseFile = Inputs.readCase(file, engine.rules().drugs());
      List<Determination> ds = engine.determine(caseFile);
      List<Observation> observations = new ArrayList<>();
      for (int i = 0; i < ds.size(); i++) {
        observations.add(Observation.of(file.toString(), caseFile.requests().get(i), ds.get(i)));
      }
      return observations;
    }, result -> {
      if (result.ok()) {
        tally.file();
        result.value().forEach(tally::add);
      } else {
        report(shown, result.problem());
        String prefix = result.file() + ": ";
        String problem = result.problem();
        tally.invalid(new InvalidFile(result.file().toString(),
            problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem));
      }
    }, shown);
    Concordance c = tally.result();
    out.print(json ? ConcordanceReport.json(c, engine.rules().identity())
        : ConcordanceReport.text(c, engine.rules().identity()));
    return c.invalid().isEmpty() ? Cli.OK : Cli.FAILURE;
  }

  private Progress progress(int files) {
    return progress ? Progress.on(err, NAME, files) : Progress.none();
  }

  /** Reports an unusable corpus file on the error writer, and goes on. */
  private void report(Progress shown, String problem) {
    shown.clear();
    err.print(NAME + ": " + problem + "\n");
    err.flush();
  }
}
