package org.imrengine.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.imrengine.model.Service;
import org.imrengine.rules.Documents.FileDocument;
import org.imrengine.rules.Documents.IndexDocument;
import org.imrengine.facts.FactCatalog;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An immutable, validated set of rules, loaded from rule files (YAML, the format in
 * {@code docs/rule-format.md}). A rule base either loads whole or not at all: every problem in
 * every file is reported together in one {@link RuleLoadException}.
 *
 * <p>A rule directory holds {@code index.yaml} (the rule base's version and its files, in order)
 * and the rule files it names. Immutable and thread-safe.
 */
public final class RuleBase {
  private static final String INDEX = "index.yaml";
  private static final String FACTS = "facts";
  private static final ObjectReader YAML = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // A threshold of 4.5 is an error, not silently truncated to 4.
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build()
      .reader();

  private final List<Rule> rules;
  private final Map<Service, List<Rule>> byService;
  private final Identity identity;
  private final FactCatalog facts;

  private RuleBase(List<Rule> rules, Identity identity, FactCatalog facts) {
    this.rules = List.copyOf(rules);
    this.identity = identity;
    this.facts = facts;
    Map<Service, List<Rule>> index = new EnumMap<>(Service.class);
    for (Rule rule : this.rules) {
      index.computeIfAbsent(rule.appliesTo().service(), s -> new ArrayList<>()).add(rule);
    }
    index.replaceAll((s, list) -> List.copyOf(list));
    this.byService = index;
  }

  /**
   * The identity of a rule base: its declared version and a SHA-256 hash of its index and rule
   * files. The same files give the same identity.
   *
   * @param version the version {@code index.yaml} declares
   * @param contentHash the hex SHA-256 of the index and the rule files, in index order
   */
  public record Identity(String version, String contentHash) {
    public Identity {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(contentHash, "contentHash");
    }
  }

  /** A rule file's name and content. */
  record Source(String name, byte[] content) {}

  /**
   * The rule base built into the library (the project's {@code rules/} directory).
   *
   * @throws UncheckedIOException if the packaged rules cannot be read (a packaging bug)
   * @throws RuleLoadException if they are invalid
   */
  public static RuleBase builtIn() {
    try {
      byte[] index = resource(INDEX);
      IndexDocument doc = readIndex(index);
      List<Source> files = new ArrayList<>();
      for (String name : doc.files() == null ? List.<String>of() : doc.files()) {
        files.add(new Source(name, resource(name)));
      }
      List<Source> factFiles = new ArrayList<>();
      for (String name : doc.facts() == null ? List.<String>of() : doc.facts()) {
        factFiles.add(new Source(name, resource(name)));
      }
      return build(index, files, factFiles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in rules", e);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RuleBase.class.getResourceAsStream("/rules/" + name)) {
      if (in == null) {
        throw new NoSuchFileException("rules/" + name + " (classpath)");
      }
      return in.readAllBytes();
    }
  }

  /**
   * Loads the rule base in {@code dir}: its {@code index.yaml} and the files it names. A
   * {@code .yaml} file in the directory that the index does not name is a problem, so that no rule
   * file is silently left out.
   *
   * @throws IOException if a file cannot be read
   * @throws RuleLoadException listing every problem, if the rule base is invalid
   */
  public static RuleBase load(Path dir) throws IOException {
    Path indexFile = dir.resolve(INDEX);
    if (!Files.exists(indexFile)) {
      throw new RuleLoadException(List.of(new Problem(INDEX, 0, "", "missing: a rule directory has an index.yaml naming its rule files")));
    }
    byte[] index = Files.readAllBytes(indexFile);
    IndexDocument doc = readIndex(index);
    List<Source> files = new ArrayList<>();
    Set<String> onDisk = new TreeSet<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.yaml")) {
      for (Path p : stream) {
        onDisk.add(p.getFileName().toString());
      }
    }
    onDisk.remove(INDEX);
    List<Problem> problems = new ArrayList<>();
    for (String name : doc.files() == null ? List.<String>of() : doc.files()) {
      Path file = dir.resolve(name);
      if (!onDisk.contains(name) || !Files.isRegularFile(file)) {
        problems.add(new Problem(INDEX, 0, "files", "names '" + name + "', which is not in " + dir.getFileName()));
        continue;
      }
      files.add(new Source(name, Files.readAllBytes(file)));
      onDisk.remove(name);
    }
    for (String left : onDisk) {
      problems.add(new Problem(left, 0, "", "not listed in index.yaml"));
    }
    List<Source> factFiles = new ArrayList<>();
    if (doc.facts() != null) {
      Set<String> factsOnDisk = new TreeSet<>();
      Path factDir = dir.resolve(FACTS);
      if (Files.isDirectory(factDir)) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(factDir, "*.yaml")) {
          for (Path p : stream) {
            factsOnDisk.add(FACTS + "/" + p.getFileName());
          }
        }
      }
      for (String name : doc.facts()) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
          problems.add(new Problem(INDEX, 0, "facts", "names '" + name + "', which is not a file of " + dir.getFileName()));
          continue;
        }
        factFiles.add(new Source(name, Files.readAllBytes(file)));
        factsOnDisk.remove(name);
      }
      for (String left : factsOnDisk) {
        problems.add(new Problem(left, 0, "", "not listed in the facts of index.yaml"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    return build(index, files, doc.facts() == null ? null : factFiles);
  }

  private static IndexDocument readIndex(byte[] index) {
    List<Problem> problems = new ArrayList<>();
    IndexDocument doc = read(INDEX, index, IndexDocument.class, problems);
    if (doc != null && (doc.version() == null || doc.version().isBlank())) {
      problems.add(new Problem(INDEX, 0, "version", "missing required field"));
    }
    if (doc != null && (doc.files() == null || doc.files().isEmpty())) {
      problems.add(new Problem(INDEX, 0, "files", "missing required field (the rule files, in order)"));
    }
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    return doc;
  }

  private static <T> T read(String file, byte[] content, Class<T> type, List<Problem> problems) {
    try {
      T doc = YAML.forType(type).readValue(content);
      if (doc == null) {
        problems.add(new Problem(file, 0, "", "empty file"));
      }
      return doc;
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonParseException) {
        // A syntax error met while binding: Jackson wraps it with the path it had reached.
        JsonParseException syntax = (JsonParseException) e.getCause();
        problems.add(new Problem(file, line(syntax.getLocation()), path(e),
            "malformed YAML: " + oneLine(syntax.getOriginalMessage())));
      } else {
        problems.add(new Problem(file, line(e.getLocation()), path(e), e.getOriginalMessage()
            .replaceAll(" \\(class [^)]*\\)", "").replaceAll("org\\.imrengine\\.rules\\.Documents\\$", "")));
      }
    } catch (JsonProcessingException e) {
      problems.add(new Problem(file, line(e.getLocation()), "", "malformed YAML: " + oneLine(e.getOriginalMessage())));
    } catch (IOException e) {
      problems.add(new Problem(file, 0, "", "unreadable: " + e.getClass().getSimpleName()));
    }
    return null;
  }

  /**
   * The YAML parser's message on one line: its excerpt of the source (the line after each
   * {@code in 'reader', line L, column C:} and the caret under it) left out.
   */
  private static String oneLine(String message) {
    StringBuilder out = new StringBuilder();
    String[] lines = message.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String text = lines[i].strip();
      if (text.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ").append(text);
      if (text.matches("in '[^']*', line \\d+, column \\d+:")) {
        i += 2;
      }
    }
    return out.toString();
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  /**
   * Builds a rule base from its index, rule files and fact files; with {@code factFiles} null (an
   * index without {@code facts}), the built-in facts.
   */
  static RuleBase build(byte[] index, List<Source> files, List<Source> factFiles) {
    IndexDocument indexDoc = readIndex(index);
    List<Problem> problems = new ArrayList<>();
    FactCatalog facts = factFiles == null ? builtIn().facts() : facts(factFiles, problems);
    List<Rule> rules = new ArrayList<>();
    for (Source source : files) {
      FileDocument doc = read(source.name(), source.content(), FileDocument.class, problems);
      if (doc != null) {
        rules.addAll(RuleCompiler.compile(source.name(), doc, problems, facts));
      }
    }
    checkEditions(rules, problems);
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    List<Source> hashed = new ArrayList<>(files);
    if (factFiles != null) {
      hashed.addAll(factFiles);
    }
    return new RuleBase(rules, new Identity(indexDoc.version(), hash(index, hashed)), facts);
  }

  private static FactCatalog facts(List<Source> factFiles, List<Problem> problems) {
    List<FactCatalog.Source> trees = new ArrayList<>();
    for (Source source : factFiles) {
      JsonNode tree = read(source.name(), source.content(), JsonNode.class, problems);
      if (tree != null) {
        trees.add(new FactCatalog.Source(source.name(), tree));
      }
    }
    return FactCatalog.compile(trees, (file, path, message) -> problems.add(new Problem(file, 0, path, message)));
  }

  /**
   * The editions of one rule id must not overlap, and must leave no gap between the first day
   * one is in force and the last day another is.
   */
  private static void checkEditions(List<Rule> rules, List<Problem> problems) {
    Map<String, List<Rule>> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
    }
    for (var entry : byId.entrySet()) {
      List<Rule> editions = new ArrayList<>(entry.getValue());
      editions.sort(Comparator.comparing(r -> r.edition().from()));
      for (int i = 1; i < editions.size(); i++) {
        Rule prev = editions.get(i - 1);
        Rule next = editions.get(i);
        String where = "rules[id=" + next.id() + "]";
        if (prev.edition().to().isEmpty() || !prev.edition().to().get().isBefore(next.edition().from())) {
          problems.add(new Problem(next.file(), 0, where, "edition '" + next.edition().name()
              + "' overlaps edition '" + prev.edition().name() + "' of the same rule in " + prev.file()));
        } else if (prev.edition().to().get().plusDays(1).isBefore(next.edition().from())) {
          problems.add(new Problem(next.file(), 0, where, "gap in the editions of the rule: nothing is in force from "
              + prev.edition().to().get().plusDays(1) + " to " + next.edition().from().minusDays(1)
              + " (after '" + prev.edition().name() + "' in " + prev.file() + ")"));
        }
      }
    }
  }

  private static String hash(byte[] index, List<Source> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, INDEX, index);
      for (Source s : files) {
        update(sha, s.name(), s.content());
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : sha.digest()) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static void update(MessageDigest sha, String name, byte[] content) {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(content);
  }

  /** The facts the rules of this base are written over, and their derivation from a case. */
  public FactCatalog facts() {
    return facts;
  }

  /** Every rule, every edition, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules (every edition) for {@code service}, in file order. */
  public List<Rule> rulesFor(Service service) {
    return byService.getOrDefault(service, List.of());
  }

  /** The version and content hash of this rule base. */
  public Identity identity() {
    return identity;
  }

  /** The distinct rule ids, in file order. */
  public List<String> ruleIds() {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      if (seen.add(r.id())) {
        out.add(r.id());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "RuleBase[" + identity.version() + ", " + rules.size() + " rules]";
  }

}
