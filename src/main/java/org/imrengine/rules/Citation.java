package org.imrengine.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guideline citation such as MTUS ACOEM Chapter 8 Neck and Upper Back Complaints, pages 177-179.
 * A guideline without page numbers (the current ACOEM guidelines) is cited by topic, section and
 * the date of its edition instead. Immutable and thread-safe.
 *
 * @param guideline the guideline source
 * @param chapter the chapter number, such as {@code "8"}, when the source has chapters
 * @param topic the chapter title or the section, such as {@code "Epidural steroid injections"}
 * @param section the section within the topic, for a guideline cited without pages
 * @param pages the pages cited, in order; may be empty (ODG is cited by topic)
 * @param editionDate the date of the guideline edition cited, for a guideline without pages
 */
public record Citation(Guideline guideline, Optional<String> chapter, String topic,
    Optional<String> section, List<PageRange> pages, Optional<LocalDate> editionDate) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param guideline the guideline source
   * @param chapter the chapter number, such as {@code "8"}, when the source has chapters
   * @param topic the chapter title or the section, such as {@code "Epidural steroid injections"}
   * @param section the section within the topic, for a guideline cited without pages
   * @param pages the pages cited, in order; may be empty (ODG is cited by topic)
   * @param editionDate the date of the guideline edition cited, for a guideline without pages
   */
  public Citation {
    Objects.requireNonNull(guideline, "guideline");
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(section, "section");
    pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
    Objects.requireNonNull(editionDate, "editionDate");
  }

  /**
   * A citation by chapter, topic and pages, with no section or edition date.
   *
   * @param guideline the guideline source
   * @param chapter the chapter number, such as {@code "8"}, when the source has chapters
   * @param topic the chapter title or the section, such as {@code "Epidural steroid injections"}
   * @param pages the pages cited, in order; may be empty (ODG is cited by topic)
   */
  public Citation(Guideline guideline, Optional<String> chapter, String topic, List<PageRange> pages) {
    this(guideline, chapter, topic, Optional.empty(), pages, Optional.empty());
  }

  /**
   * {@return whether some page of this citation is also a page of {@code other}}
   * @param other the other value
   */
  public boolean sharesPageWith(Citation other) {
    for (PageRange mine : pages) {
      for (PageRange theirs : other.pages) {
        if (mine.overlaps(theirs)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return the citation as IMR letters write it, for example
   * {@code "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179"}, or, without
   * pages, {@code "MTUS ACOEM Cervical and Thoracic Spine Disorders, Diagnostic Investigations
   * (edition of 2018-10-17)"}}
   */
  public String text() {
    StringBuilder out = new StringBuilder(guideline.isMtus() ? "" : "Non-MTUS Citation ");
    out.append(guideline.title());
    chapter.ifPresent(c -> out.append(" Chapter ").append(c));
    out.append(' ').append(topic);
    section.ifPresent(s -> out.append(", ").append(s));
    if (!pages.isEmpty()) {
      out.append(" Page(s): ");
      for (int i = 0; i < pages.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(pages.get(i));
      }
    }
    editionDate.ifPresent(d -> out.append(" (edition of ").append(d).append(')'));
    return out.toString();
  }
}
