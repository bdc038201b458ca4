/**
 * The case model: immutable records of a case under review and its disputed requests, and
 * {@link org.imrengine.model.CaseFileReader}, which reads and validates case files. Start from
 * {@link org.imrengine.model.CaseFile}.
 *
 * <p>Dates are {@link org.imrengine.model.DateSpan}s (an exact day, a month, a year, a bounded or
 * approximate date); the {@code date()}-style accessors give the exact day only when the record
 * gives one. Bad case files are reported with every {@link org.imrengine.model.CaseFileProblem}
 * at once.
 *
 * <p>What a case file does not mention is not documented; an item with {@code present == false}
 * or a normal result is documented absent. Optional values are {@link java.util.Optional}, never
 * null. Passing null to any method or constructor throws {@link java.lang.NullPointerException}.
 */
package org.imrengine.model;
