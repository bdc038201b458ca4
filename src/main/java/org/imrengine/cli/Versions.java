package org.imrengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.imrengine.rules.RuleBase;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code --version} text: the engine's version (the Maven project version, filtered into
 * {@code version.properties} at build time), and the built-in rule base's version and SHA-256
 * content hash, the same identity every determination is stamped with.
 */
final class Versions implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** The engine's version, such as {@code "0.1.0"}. */
  static String engine() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    RuleBase.Identity rules = RuleBase.builtIn().identity();
    return new String[] {
        Cli.NAME + " " + engine(),
        "rule base " + rules.version() + ", content sha256 " + rules.contentHash(),
        "Java " + System.getProperty("java.version")};
  }
}
