/**
 * The case model: immutable records of a case under review and its disputed requests, and
 * {@link org.imrengine.model.CaseFileReader}, which reads and validates case files. Start from
 * {@link org.imrengine.model.CaseFile}.
 *
 * <p>What a case file does not mention is not documented; an item with {@code present == false}
 * or a normal result is documented absent. Optional values are {@link java.util.Optional}, never
 * null. Passing null to any method or constructor throws {@link java.lang.NullPointerException}.
 */
package org.imrengine.model;
