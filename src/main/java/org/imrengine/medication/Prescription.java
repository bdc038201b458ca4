package org.imrengine.medication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.MedicationOrder;

/**
 * What {@link PrescriptionReader} read from a written prescription: the parts, and what it could
 * not read. A prescription with anything unread or any problem is not {@linkplain #isComplete()
 * complete}; the reader never guesses the missing part. Immutable and thread-safe.
 *
 * @param text the prescription as written
 * @param order the parts read, when a drug of the vocabulary was found
 * @param unread the fragments it could not read, in order
 * @param problems what is wrong with what it did read (several drugs in one request, strengths
 *     that do not fit the product, an impossible dose), in order
 */
public record Prescription(String text, Optional<MedicationOrder> order, List<Unread> unread, List<String> problems) {
  /**
   * A fragment of the prescription the reader could not read.
   *
   * @param start the index of its first character in the text
   * @param end the index after its last character
   * @param text the fragment
   */
  public record Unread(int start, int end, String text) {
    /** {@return where it is, in words: {@code "characters 12-16"} (counted from 1)} */
    public String where() {
      return "characters " + (start + 1) + "-" + end;
    }
  }

  /**
   * Checks the components ({@code text} and {@code order} may not be null) and copies the lists.
   *
   * @param text the prescription as written
   * @param order the parts read, when a drug of the vocabulary was found
   * @param unread the fragments it could not read, in order
   * @param problems what is wrong with what it did read (several drugs in one request, strengths
   *     that do not fit the product, an impossible dose), in order
   */
  public Prescription {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(order, "order");
    unread = List.copyOf(unread);
    problems = List.copyOf(problems);
  }

  /** {@return whether every part of the text was read and nothing is wrong with it} */
  public boolean isComplete() {
    return order.isPresent() && unread.isEmpty() && problems.isEmpty();
  }
}
