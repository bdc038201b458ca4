/**
 * The fact vocabulary rules reason over, and its derivation from a case:
 * {@link org.imrengine.facts.FactCatalog} (compiled from the fact definitions in {@code
 * rules/facts/})
 * turns a case and one request into
 * {@link org.imrengine.facts.Facts}, each value carrying the case items behind it.
 *
 * <p>Passing null to any method or constructor throws {@link java.lang.NullPointerException}.
 */
package org.imrengine.facts;
