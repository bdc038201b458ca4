package org.imrengine.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imrengine.model.Request;

/**
 * Words with fields of an item or of the request filled in: {@code "red flag: {kind}"},
 * {@code "no prior {$request.service} is documented"}. A field may be followed by {@code |words}
 * (underscores become spaces) or {@code |date} (MM/dd/yyyy). Resolved when fact definitions load.
 * Immutable and thread-safe.
 */
final class Template {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

  private record Part(String literal, ItemPath path, boolean ofRequest, String filter) {}

  private final String source;
  private final List<Part> parts;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
  }

  /**
   * Parses {@code text} for items of {@code itemType}.
   *
   * @throws IllegalArgumentException if a field is unknown or a brace is unmatched
   */
  static Template parse(String text, Class<?> itemType) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        parts.add(new Part(text.substring(i), null, false, null));
        break;
      }
      if (open > i) {
        parts.add(new Part(text.substring(i, open), null, false, null));
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unmatched '{' in \"" + text + "\"");
      }
      String field = text.substring(open + 1, close);
      String filter = "";
      int bar = field.indexOf('|');
      if (bar >= 0) {
        filter = field.substring(bar + 1);
        field = field.substring(0, bar);
        if (!filter.equals("words") && !filter.equals("date")) {
          throw new IllegalArgumentException("unknown filter '|" + filter + "' (known: |words, |date)");
        }
      }
      boolean ofRequest = field.startsWith("$request.");
      ItemPath path = ofRequest
          ? ItemPath.resolve(Request.class, field.substring("$request.".length()))
          : ItemPath.resolve(itemType, field);
      if (filter.equals("date") && !path.isDate() && !path.isSpan()) {
        throw new IllegalArgumentException("'|date' needs a date field, and '" + field + "' is not one");
      }
      parts.add(new Part(null, path, ofRequest, filter));
      i = close + 1;
    }
    return new Template(text, parts);
  }

  /** The words for {@code item} (which may be null when only request fields are used). */
  String render(Object item, Derivation d) {
    StringBuilder out = new StringBuilder();
    for (Part p : parts) {
      if (p.literal() != null) {
        out.append(p.literal());
        continue;
      }
      Object v = p.path().get(p.ofRequest() ? d.request() : item);
      if (v == null) {
        out.append("(not stated)");
      } else if (p.filter().equals("date") && v instanceof org.imrengine.model.DateSpan) {
        org.imrengine.model.DateSpan span = (org.imrengine.model.DateSpan) v;
        out.append(span.exact().map(DATE::format).orElse(span.toString()));
      } else if (p.filter().equals("date")) {
        out.append(DATE.format((LocalDate) v));
      } else if (p.filter().equals("words")) {
        out.append(String.valueOf(v).replace('_', ' '));
      } else {
        out.append(v);
      }
    }
    return out.toString();
  }

  /** The words as the definition writes them, fields unfilled. */
  String source() {
    return source;
  }

  /** Whether the words use fields of an item (not only of the request). */
  boolean needsItem() {
    return parts.stream().anyMatch(p -> p.path() != null && !p.ofRequest());
  }
}
