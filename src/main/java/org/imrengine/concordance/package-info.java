/**
 * Concordance: how often the engine agrees with real IMR decisions on a corpus of cases, where it
 * disagrees, and how much of the corpus it decides at all.
 *
 * <p>Each disputed request becomes an {@link org.imrengine.concordance.Observation}: the engine's
 * outcome beside the real decision recorded in the case file (or read from a letter). A
 * {@link org.imrengine.concordance.Tally} adds observations one at a time, keeping counts and the
 * items a reader must see (not decided, disagreements, invalid files), never the cases themselves,
 * and yields a {@link org.imrengine.concordance.Concordance}: coverage first, then agreement, the
 * {@link org.imrengine.concordance.Confusion} matrix and its
 * {@link org.imrengine.concordance.Statistics} beside those of the always-Upheld baseline, and the
 * same per group of a {@link org.imrengine.concordance.Dimension}.
 *
 * <p>Overturned is the positive class: overturn recall is the share of real overturns the engine
 * also overturned, overturn precision the share of the engine's overturns that were real.
 *
 * <p>Unless otherwise noted, passing null to any method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package org.imrengine.concordance;
