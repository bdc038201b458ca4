package org.imrengine.rules;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.imrengine.model.Service;
import org.imrengine.model.Vocabulary;
import org.imrengine.rules.Documents.FileDocument;
import org.imrengine.medication.DrugCatalog;
import org.imrengine.medication.DrugFormulary;
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
  private static final String TESTS = "tests";
  private static final String VOCABULARY = "vocabulary";
  // "mtus-chronic-pain.yaml": a plain name in the directory, no path, no hidden file
  private static final java.util.regex.Pattern FILE_NAME =
      java.util.regex.Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");

  private final List<Rule> rules;
  private final Map<Service, List<Rule>> byService;
  private final Identity identity;
  private final FactCatalog facts;
  private final DrugFormulary formulary;

  private RuleBase(List<Rule> rules, Identity identity, FactCatalog facts, DrugFormulary formulary) {
    this.formulary = formulary;
    this.rules = List.copyOf(rules);
    this.identity = identity;
    this.facts = facts;
    Map<Service, List<Rule>> index = new HashMap<>();
    for (Rule rule : this.rules) {
      for (Service service : rule.appliesTo().services()) {
        index.computeIfAbsent(service, s -> new ArrayList<>()).add(rule);
      }
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
    /**
     * Checks the components (no component may be null).
     *
     * @param version the version {@code index.yaml} declares
     * @param contentHash the hex SHA-256 of the index and the rule files, in index order
     */
    public Identity {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(contentHash, "contentHash");
    }
  }

  /** A rule file's name and content. */
  record Source(String name, byte[] content) {}

  /**
   * {@return the rule base built into the library (the project's {@code rules/} directory)}
   * @throws UncheckedIOException if the packaged rules cannot be read (a packaging bug)
   * @throws RuleLoadException if they are invalid
   */
  public static RuleBase builtIn() {
    try {
      byte[] index = resource(INDEX);
      Listing listing = files(readIndex(index));
      List<Source> files = new ArrayList<>();
      for (String name : listing.names().keySet()) {
        files.add(new Source(name, resource(name)));
      }
      if (!listing.problems().isEmpty()) {
        throw new RuleLoadException(listing.problems());
      }
      IndexDocument doc = readIndex(index).document().orElseThrow();
      List<Source> factFiles = new ArrayList<>();
      for (String name : doc.facts() == null ? List.<String>of() : doc.facts()) {
        factFiles.add(new Source(name, resource(name)));
      }
      Source drugs = doc.drugs() == null ? null : new Source(doc.drugs(), resource(doc.drugs()));
      Source formulary = doc.formulary() == null ? null : new Source(doc.formulary(), resource(doc.formulary()));
      // The built-in vocabulary is loaded once (Vocabulary.builtIn()); its files are hashed here.
      Map<Vocabulary.Part, Source> vocabulary = new EnumMap<>(Vocabulary.Part.class);
      for (Vocabulary.Part part : Vocabulary.Part.values()) {
        String name = doc.vocabulary() == null ? null : doc.vocabulary().get(part.key());
        if (!part.builtInFile().equals(name)) {
          throw new IllegalStateException("the built-in index.yaml must name " + part.builtInFile()
              + " under vocabulary." + part.key() + ", was " + name);
        }
        vocabulary.put(part, new Source(name, resource(name)));
      }
      return build(index, files, factFiles, drugs, formulary, vocabulary, Vocabulary.builtIn());
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
   * Loads the rule base in {@code dir}: its {@code index.yaml} and the files it names. Every other
   * entry of the directory is a problem (a {@code .yaml} file the index does not name, a
   * {@code .yml} or any other file, a subdirectory), so that nothing is silently left out.
   *
   * @param dir the rule directory
   * @return a rule base
   * @throws IOException if a file cannot be read
   * @throws RuleLoadException listing every problem, if the rule base is invalid
   */
  public static RuleBase load(Path dir) throws IOException {
    Path indexFile = dir.resolve(INDEX);
    if (!Files.isRegularFile(indexFile)) {
      throw new RuleLoadException(List.of(new Problem(INDEX, 0, "", Files.isDirectory(indexFile)
          ? "a directory, not a file: a rule directory has an index.yaml file naming its rule files"
          : "missing: a rule directory has an index.yaml naming its rule files")));
    }
    List<Problem> problems = new ArrayList<>();
    byte[] index = readFile(indexFile, INDEX, problems);
    if (index == null) {
      throw new RuleLoadException(problems);
    }
    Listing listing = files(readIndex(index));
    problems.addAll(listing.problems());
    List<Source> files = new ArrayList<>();
    for (var entry : listing.names().entrySet()) {
      String name = entry.getKey();
      Path file = dir.resolve(name);
      if (Files.isDirectory(file)) {
        problems.add(listing.problem(entry.getValue(), "names '" + name + "', which is a directory, not a rule file"));
      } else if (!Files.isRegularFile(file)) {
        problems.add(listing.problem(entry.getValue(), "names '" + name + "', which is not in " + describe(dir)));
      } else {
        byte[] content = readFile(file, name, problems);
        if (content != null) {
          files.add(new Source(name, content));
        }
      }
    }
    IndexDocument doc = listing.read().document().orElseThrow();
    List<Source> factFiles = new ArrayList<>();
    if (doc.facts() != null) {
      Set<String> factsOnDisk = new TreeSet<>();
      Path factDir = dir.resolve(FACTS);
      if (Files.isDirectory(factDir)) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(factDir)) {
          for (Path p : stream) {
            factsOnDisk.add(FACTS + "/" + p.getFileName());
          }
        }
      }
      for (String name : doc.facts()) {
        if (name == null || name.isBlank()) {
          problems.add(new Problem(INDEX, 0, "facts", "has an empty entry (each names a .yaml file of facts/)"));
          continue;
        }
        Path file = dir.resolve(name);
        if (name.contains("..") || !name.endsWith(".yaml") || !Files.isRegularFile(file)) {
          problems.add(new Problem(INDEX, 0, "facts", "names '" + name + "', which is not a .yaml file of " + describe(dir)));
          continue;
        }
        byte[] content = readFile(file, name, problems);
        if (content != null) {
          factFiles.add(new Source(name, content));
        }
        factsOnDisk.remove(name);
      }
      for (String left : factsOnDisk) {
        problems.add(new Problem(left, 0, "", "not listed in the facts of index.yaml"));
      }
    }
    Set<String> allowed = new HashSet<>(listing.names().keySet());
    Source drugs = null;
    Source formulary = null;
    for (String key : List.of("drugs", "formulary")) {
      String name = key.equals("drugs") ? doc.drugs() : doc.formulary();
      if (name == null) {
        continue;
      }
      Path file = dir.resolve(name);
      if (!FILE_NAME.matcher(name).matches() || !name.endsWith(".yaml") || !Files.isRegularFile(file)
          || listing.names().containsKey(name) || (key.equals("formulary") && name.equals(doc.drugs()))) {
        problems.add(new Problem(INDEX, listing.read().line(key), key, "names '" + name
            + "', which is not a .yaml file of " + describe(dir) + " apart from the rule files"));
      } else {
        byte[] content = readFile(file, name, problems);
        if (content != null) {
          if (key.equals("drugs")) {
            drugs = new Source(name, content);
          } else {
            formulary = new Source(name, content);
          }
        }
        allowed.add(name);
      }
    }
    Map<Vocabulary.Part, Source> vocabulary = vocabularyFiles(dir, doc, listing, problems);
    if (!vocabulary.isEmpty()) {
      allowed.add(VOCABULARY);
    }
    allowed.add(TESTS);
    if (doc.facts() != null) {
      allowed.add(FACTS);
    }
    problems.addAll(unlisted(dir, allowed));
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    return build(index, files, doc.facts() == null ? null : factFiles, drugs, formulary, vocabulary, null);
  }

  /**
   * The vocabulary files {@code index.yaml} names under {@code vocabulary:}, each a {@code .yaml}
   * file of {@code vocabulary/}; every other entry of that directory is a problem.
   */
  private static Map<Vocabulary.Part, Source> vocabularyFiles(Path dir, IndexDocument doc, Listing listing,
      List<Problem> problems) throws IOException {
    Map<Vocabulary.Part, Source> out = new EnumMap<>(Vocabulary.Part.class);
    if (doc.vocabulary() == null) {
      return out;
    }
    Map<String, Vocabulary.Part> parts = new LinkedHashMap<>();
    for (Vocabulary.Part part : Vocabulary.Part.values()) {
      parts.put(part.key(), part);
    }
    Set<String> onDisk = new TreeSet<>();
    Path vocabularyDir = dir.resolve(VOCABULARY);
    if (Files.isDirectory(vocabularyDir)) {
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(vocabularyDir)) {
        for (Path p : stream) {
          onDisk.add(VOCABULARY + "/" + p.getFileName());
        }
      }
    }
    int line = listing.read().line(VOCABULARY);
    for (var entry : doc.vocabulary().entrySet()) {
      String key = entry.getKey();
      String name = entry.getValue();
      Vocabulary.Part part = parts.get(key);
      if (part == null) {
        problems.add(new Problem(INDEX, line, VOCABULARY + "." + key,
            "unknown key (expected one of " + String.join(", ", new TreeSet<>(parts.keySet())) + ")"));
        continue;
      }
      if (name == null || !name.startsWith(VOCABULARY + "/") || name.contains("..") || !name.endsWith(".yaml")
          || !FILE_NAME.matcher(name.substring(VOCABULARY.length() + 1)).matches()
          || !Files.isRegularFile(dir.resolve(name))) {
        problems.add(new Problem(INDEX, line, VOCABULARY + "." + key, "names '" + name
            + "', which is not a .yaml file of " + VOCABULARY + "/ in " + describe(dir)));
        continue;
      }
      if (!onDisk.remove(name) && out.values().stream().anyMatch(s -> s.name().equals(name))) {
        problems.add(new Problem(INDEX, line, VOCABULARY + "." + key, "names '" + name + "' twice"));
        continue;
      }
      byte[] content = readFile(dir.resolve(name), name, problems);
      if (content != null) {
        out.put(part, new Source(name, content));
      }
    }
    for (String left : onDisk) {
      problems.add(new Problem(left, 0, "", "not named under vocabulary in index.yaml"));
    }
    return out;
  }

  private static String describe(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? dir.toString() : name.toString();
  }

  /** The file's bytes, or null with a problem if it is larger than a rule file may be. */
  private static byte[] readFile(Path file, String name, List<Problem> problems) throws IOException {
    long size = Files.size(file);
    if (size > RuleReader.MAX_BYTES) {
      problems.add(new Problem(name, 0, "", "too large: " + size + " bytes (a rule file has at most "
          + RuleReader.MAX_BYTES + ")"));
      return null;
    }
    return Files.readAllBytes(file);
  }

  /** A problem for every entry of {@code dir} that is neither the index nor a listed file. */
  private static List<Problem> unlisted(Path dir, Set<String> listed) throws IOException {
    Set<String> names = new TreeSet<>();
    Set<String> directories = new HashSet<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        names.add(name);
        if (Files.isDirectory(p)) {
          directories.add(name);
        }
      }
    }
    names.remove(INDEX);
    names.removeAll(listed);
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      String message;
      if (directories.contains(name)) {
        message = "a directory in the rule directory: not read (rule files sit beside index.yaml)";
      } else if (name.endsWith(".yaml")) {
        message = "not listed in index.yaml";
      } else if (name.endsWith(".yml")) {
        message = "not read: rule files end in .yaml (rename it and list it in index.yaml)";
      } else {
        message = "not a rule file: a rule directory holds index.yaml and the .yaml files it lists";
      }
      problems.add(new Problem(name, 0, "", message));
    }
    return problems;
  }

  /** The index's rule files, each with its place ({@code files[2]}), and the problems of the list. */
  private record Listing(Map<String, String> names, List<Problem> problems,
      RuleReader.Read<IndexDocument> read) {
    Problem problem(String path, String message) {
      return new Problem(INDEX, read.line(path), path, message);
    }
  }

  private static Listing files(RuleReader.Read<IndexDocument> read) {
    Map<String, String> names = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    Listing listing = new Listing(names, problems, read);
    List<String> files = read.document().orElseThrow().files();
    for (int i = 0; i < files.size(); i++) {
      String at = "files[" + i + "]";
      String name = files.get(i);
      if (isBlank(name)) {
        problems.add(listing.problem(at, "empty (expected a rule file name)"));
      } else if (name.equals(INDEX)) {
        problems.add(listing.problem(at, "names the index itself"));
      } else if (!FILE_NAME.matcher(name).matches()) {
        problems.add(listing.problem(at, "not a file name of the rule directory: '" + name
            + "' (a name such as mtus-chronic-pain.yaml: no directory, no leading dot)"));
      } else if (!name.endsWith(".yaml")) {
        problems.add(listing.problem(at, "names '" + name + "': rule files end in .yaml"));
      } else if (names.containsKey(name)) {
        problems.add(listing.problem(at, "lists '" + name + "' a second time (also at " + names.get(name) + ")"));
      } else {
        names.put(name, at);
      }
    }
    return listing;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static RuleReader.Read<IndexDocument> readIndex(byte[] index) {
    List<Problem> problems = new ArrayList<>();
    RuleReader.Read<IndexDocument> read = RuleReader.read(INDEX, index, IndexDocument.class, problems);
    IndexDocument doc = read.document().orElse(null);
    if (doc != null && (doc.version() == null || doc.version().isBlank())) {
      problems.add(new Problem(INDEX, read.line("version"), "version", "missing required field"));
    }
    if (doc != null && (doc.files() == null || doc.files().isEmpty())) {
      problems.add(new Problem(INDEX, read.line("files"), "files", "missing required field (the rule files, in order)"));
    }
    if (!problems.isEmpty()) {
      throw new RuleLoadException(problems);
    }
    return read;
  }

  /**
   * Builds a rule base from its index, rule files and fact files; with {@code factFiles} null (an
   * index without {@code facts}), the built-in facts.
   */
  static RuleBase build(byte[] index, List<Source> files, List<Source> factFiles, Source drugFile,
      Source formularyFile, Map<Vocabulary.Part, Source> vocabularyFiles, Vocabulary builtInVocabulary) {
    IndexDocument indexDoc = readIndex(index).document().orElseThrow();
    List<Problem> problems = new ArrayList<>();
    Vocabulary vocabulary = builtInVocabulary != null ? builtInVocabulary : vocabulary(vocabularyFiles, problems);
    FactCatalog facts = factFiles == null ? builtIn().facts() : facts(factFiles, vocabulary, problems);
    if (drugFile != null) {
      JsonNode tree = RuleReader.read(drugFile.name(), drugFile.content(), JsonNode.class, problems).document().orElse(null);
      DrugCatalog drugs = DrugCatalog.compile(tree, vocabulary,
          (path, message) -> problems.add(new Problem(drugFile.name(), 0, path, message)));
      facts = facts.withDrugs(drugs);
    } else if (vocabulary != Vocabulary.builtIn()) {
      // the built-in drug vocabulary, its classes looked up in this base's services
      facts = facts.withDrugs(DrugCatalog.builtIn(vocabulary,
          (path, message) -> problems.add(new Problem("drugs.yaml (built-in)", 0, path, message))));
    }
    DrugFormulary formulary = DrugFormulary.builtIn();
    if (formularyFile != null) {
      JsonNode tree = RuleReader.read(formularyFile.name(), formularyFile.content(), JsonNode.class, problems)
          .document().orElse(null);
      formulary = DrugFormulary.compile(tree,
          (path, message) -> problems.add(new Problem(formularyFile.name(), 0, path, message)));
    }
    List<RuleCompiler.Unit> units = new ArrayList<>();
    Set<String> indexed = new HashSet<>();
    for (Source source : files) {
      indexed.add(source.name());
      RuleReader.Read<FileDocument> read = RuleReader.read(source.name(), source.content(),
          FileDocument.class, problems);
      if (read.document().isPresent()) {
        units.add(new RuleCompiler.Unit(source.name(), read));
      }
    }
    List<Rule> rules = RuleCompiler.compile(units, indexed, problems, facts);
    checkEditions(rules, problems);
    if (!problems.isEmpty()) {
      List<String> order = new ArrayList<>(List.of(INDEX));
      vocabularyFiles.values().forEach(f -> order.add(f.name()));
      if (factFiles != null) {
        factFiles.forEach(f -> order.add(f.name()));
      }
      if (drugFile != null) {
        order.add(drugFile.name());
      }
      if (formularyFile != null) {
        order.add(formularyFile.name());
      }
      files.forEach(f -> order.add(f.name()));
      // Stable: the problems of one file keep the order they were found in.
      problems.sort(Comparator.comparingInt(p -> order.indexOf(p.file())));
      throw new RuleLoadException(problems);
    }
    List<Source> hashed = new ArrayList<>(files);
    hashed.addAll(vocabularyFiles.values());
    if (factFiles != null) {
      hashed.addAll(factFiles);
    }
    if (drugFile != null) {
      hashed.add(drugFile);
    }
    if (formularyFile != null) {
      hashed.add(formularyFile);
    }
    return new RuleBase(rules, new Identity(indexDoc.version(), hash(index, hashed)), facts, formulary);
  }

  private static Vocabulary vocabulary(Map<Vocabulary.Part, Source> files, List<Problem> problems) {
    if (files.isEmpty()) {
      return Vocabulary.builtIn();
    }
    Map<Vocabulary.Part, JsonNode> trees = new EnumMap<>(Vocabulary.Part.class);
    for (var entry : files.entrySet()) {
      Source source = entry.getValue();
      JsonNode tree = RuleReader.read(source.name(), source.content(), JsonNode.class, problems).document().orElse(null);
      if (tree != null) {
        trees.put(entry.getKey(), tree);
      }
    }
    return Vocabulary.compile(trees, (part, path, message) -> problems.add(new Problem(files.get(part).name(), 0, path, message)));
  }

  private static FactCatalog facts(List<Source> factFiles, Vocabulary vocabulary, List<Problem> problems) {
    List<FactCatalog.Source> trees = new ArrayList<>();
    for (Source source : factFiles) {
      JsonNode tree = RuleReader.read(source.name(), source.content(), JsonNode.class, problems)
          .document().orElse(null);
      if (tree != null) {
        trees.add(new FactCatalog.Source(source.name(), tree));
      }
    }
    return FactCatalog.compile(trees, vocabulary, (file, path, message) -> problems.add(new Problem(file, 0, path, message)));
  }

  /**
   * The editions of one rule id that share a region must not overlap, and must leave no gap between
   * the first day one is in force and the last day another is. Editions for different regions
   * (ACOEM's cervical and low back chapters, updated on different dates) are checked apart.
   */
  private static void checkEditions(List<Rule> rules, List<Problem> problems) {
    Map<String, List<Rule>> byId = new LinkedHashMap<>();
    for (Rule rule : rules) {
      byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
    }
    Set<String> reported = new HashSet<>();
    for (var entry : byId.entrySet()) {
      Set<org.imrengine.model.Region> regions = new java.util.TreeSet<>();
      entry.getValue().forEach(r -> regions.addAll(r.appliesTo().regions()));
      List<List<Rule>> groups = new ArrayList<>();
      if (regions.isEmpty()) {
        groups.add(entry.getValue());
      }
      for (org.imrengine.model.Region region : regions) {
        groups.add(entry.getValue().stream().filter(r -> r.appliesTo().region(region)).toList());
      }
      for (List<Rule> group : groups) {
        List<Rule> editions = new ArrayList<>(group);
        editions.sort(Comparator.comparing(r -> r.edition().from()));
        for (int i = 1; i < editions.size(); i++) {
          Rule prev = editions.get(i - 1);
          Rule next = editions.get(i);
          String where = "rules[id=" + next.id() + "]";
          Problem problem = null;
          for (int j = 0; j < i; j++) {
            Rule earlier = editions.get(j);
            if (earlier.edition().to().isEmpty() || !earlier.edition().to().get().isBefore(next.edition().from())) {
              Problem overlap = new Problem(next.file(), 0, where, "edition '" + next.edition().name()
                  + "' overlaps edition '" + earlier.edition().name() + "' of the same rule in " + earlier.file());
              if (reported.add(overlap.toString())) {
                problems.add(overlap);
              }
              problem = overlap;
            }
          }
          if (problem != null) {
            continue;
          }
          if (prev.edition().to().get().plusDays(1).isBefore(next.edition().from())) {
            Problem gap = new Problem(next.file(), 0, where, "gap in the editions of the rule: nothing is in force from "
                + prev.edition().to().get().plusDays(1) + " to " + next.edition().from().minusDays(1)
                + " (after '" + prev.edition().name() + "' in " + prev.file() + ")");
            if (reported.add(gap.toString())) {
              problems.add(gap);
            }
          }
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

  /**
   * {@return the facts the rules of this base are written over, and their derivation from a case}
   */
  public FactCatalog facts() {
    return facts;
  }

  /**
   * {@return the drug vocabulary of this base}: the file {@code index.yaml} names under
   * {@code drugs}, else the built-in one.
   */
  public DrugCatalog drugs() {
    return facts.drugs();
  }

  /**
   * {@return the vocabularies of this base (services, diagnosis categories, finding types, observation
   * codes, guideline sources)}: the files {@code index.yaml} names under {@code vocabulary}, else the
   * built-in ones. Case files are read with it through {@link #drugs()}, which was compiled against it.
   */
  public Vocabulary vocabulary() {
    return facts.drugs().vocabulary();
  }

  /**
   * {@return the MTUS Drug Formulary of this base}: the file {@code index.yaml} names under
   * {@code formulary}, else the built-in one.
   */
  public DrugFormulary formulary() {
    return formulary;
  }

  /** {@return every rule, every edition, in file order} */

  public List<Rule> rules() {
    return rules;
  }

  /**
   * {@return the rules (every edition) for {@code service}, in file order}
   * @param service the service
   */
  public List<Rule> rulesFor(Service service) {
    return byService.getOrDefault(service, List.of());
  }

  /** {@return the version and content hash of this rule base} */
  public Identity identity() {
    return identity;
  }

  /** {@return the distinct rule ids, in file order} */
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
