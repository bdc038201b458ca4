package org.imrengine.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The arguments of one command, split into options and operands. Options may come anywhere among
 * the operands; {@code --} ends them. An option with a value is written {@code --rules DIR} or
 * {@code --rules=DIR}. Immutable once parsed.
 */
final class Arguments {
  private final Set<String> flags;
  private final Map<String, String> values;
  private final List<String> operands;

  private Arguments(Set<String> flags, Map<String, String> values, List<String> operands) {
    this.flags = Set.copyOf(flags);
    this.values = Map.copyOf(values);
    this.operands = List.copyOf(operands);
  }

  /**
   * Parses {@code args} for {@code command}, which knows the options {@code knownFlags} (no value)
   * and {@code knownValued} (one value each). {@code --help} is known to every command.
   *
   * @throws UsageException for an unknown or repeated option, or an option without its value
   */
  static Arguments parse(String command, List<String> args, Set<String> knownFlags,
      Set<String> knownValued) throws UsageException {
    Set<String> flags = new TreeSet<>();
    Map<String, String> values = new TreeMap<>();
    List<String> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (knownValued.contains(name)) {
          String value;
          if (eq >= 0) {
            value = arg.substring(eq + 1);
          } else if (i + 1 < args.size()) {
            value = args.get(++i);
          } else {
            throw new UsageException(command, "option " + name + " needs a value");
          }
          if (value.isEmpty()) {
            throw new UsageException(command, "option " + name + " needs a value");
          }
          if (values.put(name, value) != null) {
            throw new UsageException(command, "option " + name + " given more than once");
          }
        } else if ((knownFlags.contains(arg) || arg.equals("--help")) && eq < 0) {
          if (!flags.add(arg)) {
            throw new UsageException(command, "option " + arg + " given more than once");
          }
        } else {
          throw new UsageException(command, "unknown option '" + arg + "'");
        }
      }
    }
    return new Arguments(flags, values, operands);
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  Optional<String> value(String option) {
    return Optional.ofNullable(values.get(option));
  }

  List<String> operands() {
    return operands;
  }
}
