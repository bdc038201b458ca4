/**
 * Deciding requests: {@link org.imrengine.evaluation.Evaluator} selects a rule by the medical
 * evidence search sequence, evaluates every criterion and limit, and returns a
 * {@link org.imrengine.evaluation.Determination} with the trace and
 * {@link org.imrengine.evaluation.Advice} on what would change the outcome.
 * {@link org.imrengine.evaluation.RuleImpact} compares two rule bases over a corpus of cases.
 *
 * <p>Passing null to any method or constructor throws {@link java.lang.NullPointerException}.
 */
package org.imrengine.evaluation;
