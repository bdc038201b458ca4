/**
 * Reading IMR final determination letters, the decisions imr-engine is checked against.
 *
 * <p>Start from {@link org.imrengine.letters.LetterParser}: {@code LetterParser.read(path)} or
 * {@code LetterParser.parse(text)} gives a {@link org.imrengine.letters.Letter}, whose {@link
 * org.imrengine.letters.LetterDecision}s hold each disputed service, its outcome, the MAXIMUS
 * guideline citations and the rationale. A letter that does not have the template's structure
 * raises a {@link org.imrengine.letters.LetterParseException} that names the line.
 *
 * <p>The letters are the text of the PDF letters; the parser cleans up the artefacts of extraction
 * (blank lines, stray spaces, words hyphenated across lines) itself. This package depends only on
 * {@code evaluation.Outcome} and the citation types of {@code rules}.
 *
 * <p>Unless otherwise noted, passing null to any method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package org.imrengine.letters;
