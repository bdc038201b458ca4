/**
 * Rules as data: the rule model ({@link org.imrengine.rules.Rule}, the criterion tree
 * {@link org.imrengine.rules.Criterion}, {@link org.imrengine.rules.Limit}) and its loading from
 * YAML rule files ({@link org.imrengine.rules.RuleBase}). The format is described in
 * {@code docs/rule-format.md}.
 *
 * <p>Passing null to any method or constructor throws {@link java.lang.NullPointerException}.
 */
package org.imrengine.rules;
