package org.imrengine.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The imr-engine command line, built on picocli: {@code evaluate}, {@code concordance},
 * {@code samples}, {@code impact}, {@code validate}, {@code coverage}, {@code completion} and
 * {@code help}, each with generated {@code --help}, and {@code --version}. {@link #run} returns the
 * exit code and writes only to the writers it was given, so it runs the same in-process (in tests)
 * as from {@link Main}.
 *
 * <p>Exit codes follow picocli's {@code ExitCode}: {@value #OK} success; {@value #FAILURE} an input
 * that cannot be used (a missing or unreadable file, an invalid case file, rule directory or
 * letter), a disagreement with a letter ({@code samples}) or a problem found ({@code validate}), and
 * any failure of the run itself, out of memory or stack included; {@value #USAGE_ERROR} a command
 * line that cannot be run as written. Every failure ends in one line on the error writer naming the
 * file and the problem, never a stack trace.
 *
 * <p>An instance is not thread-safe: its writers are shared by every run.
 */
public final class Cli {
  /** Exit code: success. */
  public static final int OK = CommandLine.ExitCode.OK;
  /** Exit code: invalid input, a disagreement with a letter, or a failed run. */
  public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;
  /** Exit code: a command line that cannot be run as written. */
  public static final int USAGE_ERROR = CommandLine.ExitCode.USAGE;

  static final String NAME = "imr-engine";

  private final Context context;

  /**
   * A command line that prints results to {@code out} and errors to {@code err}.
   *
   * @param out where to write
   * @param err where errors go
   */
  public Cli(PrintWriter out, PrintWriter err) {
    this(out, err, false);
  }

  /**
   * A command line that prints results to {@code out} and errors to {@code err}, and, if
   * {@code progress}, the progress of a corpus run to {@code err} (for a terminal).
   *
   * @param out where to write
   * @param err where errors go
   * @param progress the progress
   */
  public Cli(PrintWriter out, PrintWriter err, boolean progress) {
    this.context = new Context(Objects.requireNonNull(out, "out"), Objects.requireNonNull(err, "err"),
        progress, Optional.empty());
  }

  /**
   * A command line that prints results to {@code out} in UTF-8 (large JSON output goes to it as
   * bytes, without a writer between), errors to {@code err}, and, if {@code progress}, the progress
   * of a corpus run to {@code err}. The output is the same as with a UTF-8 writer on {@code out}.
   *
   * @param out where results go, as UTF-8
   * @param err where errors go
   * @param progress whether to show the progress of a corpus run
   */
  public Cli(java.io.OutputStream out, PrintWriter err, boolean progress) {
    this.context = new Context(
        new PrintWriter(new java.io.OutputStreamWriter(Objects.requireNonNull(out, "out"),
            java.nio.charset.StandardCharsets.UTF_8), false),
        Objects.requireNonNull(err, "err"), progress, Optional.of(out));
  }

  /**
   * Runs the command line {@code args} and returns its exit code. Both writers are flushed before
   * it returns. Nothing escapes it: every failure, an {@link Error} included, becomes a one-line
   * message and {@link #FAILURE}.
   *
   * @param args the args
   * @return a int
   */
  public int run(String... args) {
    try {
      return commandLine().execute(args);
    } catch (Throwable t) { // the top of the program: OutOfMemoryError and StackOverflowError too
      return failure(t, context.err());
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** The command tree, with its writers and error handlers; a new one for every run. */
  CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RootCommand());
    cl.addSubcommand(new EvaluateCommand(context));
    cl.addSubcommand(new ConcordanceCommand(context));
    cl.addSubcommand(new SamplesCommand(context));
    cl.addSubcommand(new ImpactCommand(context));
    cl.addSubcommand(new ValidateCommand(context));
    cl.addSubcommand(new CoverageCommand(context));
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().name("completion");
    completion.getCommandSpec().usageMessage().hidden(false)
        .description("Print a bash/zsh completion script for imr-engine.",
            "Use: source <(imr-engine completion), with imr-engine an alias or script that runs "
                + "java -jar imr-engine-cli.jar.");
    cl.addSubcommand("completion", completion);
    cl.addSubcommand(new CommandLine.HelpCommand());
    cl.setOut(context.out());
    cl.setErr(context.err());
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler((ex, args) -> usageError(ex, context.err()));
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof InputException) {
        // An input's message may list several problems, one per line (a rule directory's).
        context.err().print(NAME + ": " + ex.getMessage().strip().replaceAll("[\\p{Cntrl}&&[^\n]]", "") + "\n");
        return FAILURE;
      }
      // Rethrown, picocli would print the stack trace: every failure is one line instead.
      return failure(ex, context.err());
    });
    return cl;
  }

  /** The one-line message of a usage error, naming the command and where to find its usage. */
  private static int usageError(ParameterException ex, PrintWriter err) {
    CommandLine where = ex.getCommandLine();
    boolean root = where.getParent() == null;
    String command = root ? "" : where.getCommandName() + " ";
    err.print(NAME + ": " + (root ? "" : where.getCommandName() + ": ")
        + StringUtils.uncapitalize(oneLine(ex.getMessage()))
        + " (see '" + NAME + " " + command + "--help')\n");
    return USAGE_ERROR;
  }

  /**
   * Reports a failure that is not an input problem, as one line, and returns {@link #FAILURE}. Out
   * of memory and out of stack get words that say what to do; anything else is named as an
   * internal error.
   */
  static int failure(Throwable t, PrintWriter err) {
    String message;
    if (causedBy(t, OutOfMemoryError.class)) {
      message = "out of memory: the input is too large for the Java heap"
          + " (give Java more heap with -Xmx, or split the input into smaller files)";
    } else if (causedBy(t, StackOverflowError.class)) {
      message = "out of stack: the input is nested too deeply to read";
    } else {
      String detail = t.getMessage() == null ? "" : ": " + oneLine(t.getMessage());
      message = "internal error (" + t.getClass().getSimpleName() + detail + "); please report it";
    }
    err.print(NAME + ": " + message + "\n");
    return FAILURE;
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /** The first line of {@code message}, with control characters removed. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String first = StringUtils.substringBefore(message.strip(), "\n").strip();
    return first.replaceAll("\\p{Cntrl}", "");
  }
}
