/**
 * Reports on determinations, as text and as JSON, for people and for other programs.
 *
 * <p>Start from {@link org.imrengine.report.TextReport} (one determination as a letter-like
 * decision section with the criteria trace) and {@link org.imrengine.report.DeterminationJson}
 * (determinations as one JSON document, whose shape its class comment gives).
 * {@link org.imrengine.report.LetterComparison} sets determinations against the decisions of an IMR
 * letter, and {@link org.imrengine.report.ImpactReport} writes what a change to the rule base
 * changes.
 *
 * <p>Every report is a pure function of its arguments and byte-for-byte deterministic: properties
 * and lines come in a fixed order, never from iterating a hash-based collection, and lines end in
 * {@code "\n"}. Nothing here prints; the {@code cli} package does.
 *
 * <p>Unless otherwise noted, passing null to any method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package org.imrengine.report;
