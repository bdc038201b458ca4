package org.imrengine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.imrengine.model.CaseFileProblem.Code;

/** The problems found by one read of one file, in the order found. Not thread-safe; one per read. */
final class Problems {
  /** The most problems listed; the rest are counted in one last problem. */
  static final int MAX_LISTED = 1000;

  private final List<CaseFileProblem> found = new ArrayList<>();
  private int count;

  void add(Code code, String path, String message) {
    count++;
    if (found.size() < MAX_LISTED) {
      found.add(new CaseFileProblem(code, path, message));
    }
  }

  /** A mark to pass to {@link #since(int)}. */
  int mark() {
    return count;
  }

  /** Whether a problem was added after {@code mark}. */
  boolean since(int mark) {
    return count > mark;
  }

  /**
   * Builds a value when no problem was found since {@code mark}; a constructor's own argument
   * check (an {@link IllegalArgumentException}) becomes a problem at {@code path}. Returns null
   * when the value cannot be built, which list readers drop.
   */
  <T> T build(int mark, String path, Supplier<T> value) {
    if (since(mark)) {
      return null;
    }
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      add(Code.BAD_VALUE, path, e.getMessage());
      return null;
    }
  }

  List<CaseFileProblem> list() {
    if (count <= MAX_LISTED) {
      return List.copyOf(found);
    }
    List<CaseFileProblem> all = new ArrayList<>(found);
    all.add(new CaseFileProblem(Code.TOO_LARGE, "$", (count - MAX_LISTED)
        + " more problems not listed (at most " + MAX_LISTED + " are)"));
    return List.copyOf(all);
  }

  boolean isEmpty() {
    return count == 0;
  }
}
