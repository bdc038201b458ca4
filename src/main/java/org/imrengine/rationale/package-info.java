/**
 * Letter-style decision rationales, written from a determination.
 *
 * <p>Start from {@link org.imrengine.rationale.RationaleWriter}: {@code
 * RationaleWriter.write(determination)} gives a {@link org.imrengine.rationale.Rationale} with the
 * paragraphs of an IMR decision rationale: what the guideline requires (the rule's citation and
 * summary), what the records of the case show and lack (the criteria tree with its dated evidence,
 * and the limits), the conclusion, and, for a request that is not medically necessary, what would
 * support it (the determination's advice).
 *
 * <p>The renderer is pure: it reads only the determination, adds no clinical wording of its own
 * (the criteria, advice and summaries come from the rule files, the evidence from the case; Java
 * supplies only the connecting words and the order), and gives byte-for-byte the same text for the
 * same determination, with dates as {@code MM/dd/yyyy} and {@code \n} between paragraphs. The
 * evaluator never builds prose. This package reads {@code evaluation}, {@code rules}, {@code facts}
 * and {@code model}; the engine facade, the reports and the command line use it.
 *
 * <p>Unless otherwise noted, passing null to any method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package org.imrengine.rationale;
