package org.imrengine.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs one piece of work per file of a corpus on every core, handing each result to a consumer on
 * the calling thread in file order. At most a few files per thread are in flight at once, so
 * memory stays flat however large the corpus is: a file's case and determinations are dropped as
 * soon as its result is consumed.
 */
final class Corpus {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  /** What to do with one file; an {@link InputException} makes the file invalid. */
  interface Work<T> {
    T apply(Path file) throws InputException;
  }

  /** The result of one file: its value, or the message saying why the file could not be used. */
  record Result<T>(Path file, T value, String problem) {
    boolean ok() {
      return problem == null;
    }
  }

  private Corpus() {}

  /** Runs {@code work} over {@code files} and passes each result to {@code sink}, in order. */
  static <T> void run(List<Path> files, Work<T> work, Consumer<Result<T>> sink, Progress progress) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "imr-engine-corpus");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result<T>>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * IN_FLIGHT_PER_THREAD) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> one(file, work)));
        }
        sink.accept(take(window.remove()));
        progress.step();
      }
    } finally {
      pool.shutdownNow();
      progress.clear();
    }
  }

  private static <T> Result<T> one(Path file, Work<T> work) {
    try {
      return new Result<>(file, work.apply(file), null);
    } catch (InputException e) {
      return new Result<>(file, null, e.getMessage());
    }
  }

  private static <T> Result<T> take(Future<Result<T>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    } catch (ExecutionException e) {
      // Work only throws InputException, which one() turns into a result: anything else is a bug.
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
