/**
 * imr-engine: decides California workers' compensation Independent Medical Review disputes from
 * MTUS and ODG guideline criteria. Start from {@link org.imrengine.ImrEngine}.
 *
 * <p>Packages depend one way: {@code model <- facts <- rules <- evaluation <- rationale}, with
 * {@code letters} (IMR letter reader), {@code report} (JSON and text output) and {@code cli} on
 * top. Unless otherwise noted, passing null to any method or constructor throws
 * {@link java.lang.NullPointerException}; methods never return null.
 */
package org.imrengine;
