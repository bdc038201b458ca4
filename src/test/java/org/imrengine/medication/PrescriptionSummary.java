package org.imrengine.medication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.imrengine.model.DoseRange;
import org.imrengine.model.Directions;
import org.imrengine.model.Ingredient;
import org.imrengine.model.MedicationOrder;

/** A one-line summary of a read prescription, for tests to compare with. */
final class PrescriptionSummary {
  private PrescriptionSummary() {}

  static String of(Prescription p) {
    List<String> parts = new ArrayList<>();
    p.order().ifPresent(o -> parts.add(order(o)));
    if (!p.unread().isEmpty()) {
      parts.add("unread=" + p.unread().stream().map(Prescription.Unread::text).collect(Collectors.joining("|")));
    }
    if (!p.problems().isEmpty()) {
      parts.add("problems=" + String.join("|", p.problems()));
    }
    return String.join(" ", parts);
  }

  static String order(MedicationOrder o) {
    List<String> parts = new ArrayList<>();
    parts.add(o.drug().orElse("compound"));
    parts.add(o.ingredients().stream().map(PrescriptionSummary::ingredient).collect(Collectors.joining(" + ", "[", "]")));
    o.form().ifPresent(f -> parts.add(f.id()));
    o.route().ifPresent(r -> parts.add(r.id()));
    o.quantity().ifPresent(q -> parts.add("#" + q.amount() + " " + q.unit().id()));
    o.directions().ifPresent(d -> parts.add(directions(d)));
    o.daysSupply().ifPresent(d -> parts.add(d + "d"));
    o.refills().ifPresent(r -> parts.add("rf" + r));
    return String.join(" ", parts);
  }

  private static String ingredient(Ingredient i) {
    return i.drug() + i.strength().map(s -> " " + s.words()).orElse("");
  }

  private static String directions(Directions d) {
    StringBuilder b = new StringBuilder();
    d.unitsPerDose().ifPresent(u -> b.append(range(u)).append("u"));
    d.timesPerDay().ifPresent(t -> b.append(b.length() > 0 ? " " : "").append(range(t)).append("/d"));
    d.everyHours().ifPresent(h -> b.append(b.length() > 0 ? " " : "").append("q").append(range(h)).append("h"));
    d.asNeeded().ifPresent(a -> b.append(b.length() > 0 ? " " : "").append(a ? "prn" : "scheduled"));
    return b.toString();
  }

  private static String range(DoseRange r) {
    return n(r.min()) + (r.min().equals(r.max()) ? "" : "-" + n(r.max()));
  }

  private static String n(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
