package org.imrengine.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guideline citation such as MTUS ACOEM Chapter 8 Neck and Upper Back Complaints, pages 177-179.
 * Immutable and thread-safe.
 *
 * @param guideline the guideline source
 * @param chapter the chapter number, such as {@code "8"}, when the source has chapters
 * @param topic the chapter title or the section, such as {@code "Epidural steroid injections"}
 * @param pages the pages cited, in order; may be empty (ODG is cited by topic)
 */
public record Citation(Guideline guideline, Optional<String> chapter, String topic,
    List<PageRange> pages) {
  public Citation {
    Objects.requireNonNull(guideline, "guideline");
    Objects.requireNonNull(chapter, "chapter");
    Objects.requireNonNull(topic, "topic");
    pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
  }

  /** Whether some page of this citation is also a page of {@code other}. */
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
   * The citation as IMR letters write it, for example
   * {@code "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179"}.
   */
  public String text() {
    StringBuilder out = new StringBuilder(guideline.isMtus() ? "" : "Non-MTUS Citation ");
    out.append(guideline.title());
    chapter.ifPresent(c -> out.append(" Chapter ").append(c));
    out.append(' ').append(topic);
    if (!pages.isEmpty()) {
      out.append(" Page(s): ");
      for (int i = 0; i < pages.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(pages.get(i));
      }
    }
    return out.toString();
  }
}
