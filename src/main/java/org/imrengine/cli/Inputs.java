package org.imrengine.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imrengine.letters.Letter;
import org.imrengine.letters.LetterParseException;
import org.imrengine.letters.LetterParser;
import org.imrengine.model.CaseFile;
import org.imrengine.model.CaseFileException;
import org.imrengine.model.CaseFileReader;
import org.imrengine.rules.RuleBase;
import org.imrengine.rules.RuleLoadException;

/**
 * Reads the command line's input files, turning every way they can fail into an
 * {@link InputException} that names the file as the user wrote it.
 */
final class Inputs {
  private Inputs() {}

  /** The case file at {@code file}, its drugs named from {@code drugs} (the rule base's vocabulary). */
  static CaseFile readCase(Path file, org.imrengine.medication.DrugCatalog drugs) throws InputException {
    try {
      return CaseFileReader.read(file, drugs);
    } catch (CaseFileException e) {
      throw new InputException(file + ": " + e.path() + ": " + e.problem());
    } catch (IOException e) {
      throw new InputException(describe(file, e));
    }
  }

  /** The case files {@code args} name: each file, and each directory's {@code *.json} by name. */
  static List<Path> caseFiles(List<String> args) throws InputException {
    List<Path> out = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        List<Path> inDir = list(path, "*.json");
        if (inDir.isEmpty()) {
          throw new InputException(path + ": no case files (*.json) in the directory");
        }
        out.addAll(inDir);
      } else {
        out.add(path);
      }
    }
    return out;
  }

  /** The rule base in {@code dir}. */
  static RuleBase loadRules(Path dir) throws InputException {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
    }
    try {
      return RuleBase.load(dir);
    } catch (RuleLoadException e) {
      throw new InputException(dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(describe(dir, e));
    }
  }

  /** The letter at {@code file}. */
  static Letter readLetter(Path file) throws InputException {
    try {
      return LetterParser.read(file);
    } catch (LetterParseException e) {
      throw new InputException(file + ": line " + e.lineNumber() + ": " + e.problem());
    } catch (IOException e) {
      throw new InputException(describe(file, e));
    }
  }

  /** The entries of {@code dir} that match {@code glob}, sorted by name. */
  static List<Path> list(Path dir, String glob) throws InputException {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
      stream.forEach(out::add);
    } catch (IOException e) {
      throw new InputException(describe(dir, e));
    }
    // Directory listing order is unspecified; sort so output is the same everywhere.
    out.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return out;
  }

  /**
   * {@code "file: problem"} for an I/O failure while reading {@code file}. The JDK's messages for
   * file-system errors are the bare path, so the problem is named from the exception's type.
   */
  static String describe(Path file, IOException e) {
    if (e instanceof FileSystemException fse) {
      String where = fse.getFile() == null ? file.toString() : fse.getFile();
      if (e instanceof NoSuchFileException) {
        return where + ": no such file or directory";
      }
      if (e instanceof AccessDeniedException) {
        return where + ": permission denied";
      }
      if (e instanceof NotDirectoryException) {
        return where + ": not a directory";
      }
      return where + ": cannot read (" + (fse.getReason() == null ? e.getClass().getSimpleName() : fse.getReason()) + ")";
    }
    if (e instanceof CharacterCodingException) {
      return file + ": cannot read: not UTF-8 text";
    }
    if (Files.isDirectory(file)) {
      return file + ": is a directory, not a file";
    }
    return file + ": cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
  }
}
