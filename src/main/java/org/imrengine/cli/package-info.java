/**
 * The command line, built on picocli: {@code evaluate} case files, measure the engine's
 * {@code concordance} with real decisions, check it against the {@code samples} letters, measure the
 * {@code impact} of a rule change, {@code validate} case files and rule directories, list the rule
 * base's {@code coverage}, and print a shell {@code completion} script. picocli is an optional
 * dependency: the library does not need it, the shaded CLI jar includes it.
 *
 * <p>Start from {@link org.imrengine.cli.Cli}, whose {@code run(args)} returns an exit code and
 * writes only to the writers it was given; {@link org.imrengine.cli.Main} is the one line that
 * connects it to {@code System.out}, {@code System.err} and {@code System.exit}. This is the only
 * package that prints.
 *
 * <p>Unless otherwise noted, passing null to any method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package org.imrengine.cli;
