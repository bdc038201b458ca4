package org.imrengine.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.imrengine.concordance.SyntheticCorpus;

/**
 * Writes a synthetic corpus of at least a given number of requests (a year of California IMR
 * volume is about 300 000), for {@code bench/volume.sh}: seeded cases from the sample cases, as
 * {@link SyntheticCorpus} makes them. Usage: {@code VolumeCorpus DIR REQUESTS [SEED]}; prints the
 * number of case files and requests written.
 */
public final class VolumeCorpus {
  private VolumeCorpus() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long wanted = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    // The samples average 1.6 requests a case; write a little more than needed, and say how many.
    int cases = (int) Math.ceil(wanted / 1.6);
    long requests = SyntheticCorpus.write(Path.of("samples", "cases"), dir, cases, seed);
    System.out.println(cases + " case files, " + requests + " requests in " + dir);
  }
}
