package org.imrengine.medication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Route;
import org.imrengine.model.Service;

/**
 * One drug of the vocabulary. A combination product (Norco) lists its components, each a drug
 * of the vocabulary, in the order its strengths are written (10/325: hydrocodone, then
 * acetaminophen). Immutable and thread-safe.
 *
 * @param id the lower_snake id case files use, such as {@code hydrocodone_acetaminophen}
 * @param generic the generic name, such as {@code hydrocodone/acetaminophen}
 * @param brands brand names, as they are capitalised
 * @param aliases other names a record uses (salts, abbreviations such as APAP)
 * @param drugClass the class, such as {@code opioid} or {@code tricyclic}
 * @param service the service the class maps to, which selects the rules
 * @param components the drugs of a combination product, in strength order; empty for one drug
 * @param patchRoute the route of the drug's patch: transdermal (fentanyl) or topical (lidocaine)
 * @param mme its MME conversion factor, for an opioid the tables cover
 */
public record Drug(String id, String generic, List<String> brands, List<String> aliases,
    String drugClass, Service service, List<String> components, Route patchRoute, Optional<MmeFactor> mme) {
  /**
   * Checks the components (none may be null) and copies the lists.
   *
   * @param id the lower_snake id case files use, such as {@code hydrocodone_acetaminophen}
   * @param generic the generic name, such as {@code hydrocodone/acetaminophen}
   * @param brands brand names, as they are capitalised
   * @param aliases other names a record uses (salts, abbreviations such as APAP)
   * @param drugClass the class, such as {@code opioid} or {@code tricyclic}
   * @param service the service the class maps to, which selects the rules
   * @param components the drugs of a combination product, in strength order; empty for one drug
   * @param patchRoute the route of the drug's patch: transdermal (fentanyl) or topical (lidocaine)
   * @param mme its MME conversion factor, for an opioid the tables cover
   */
  public Drug {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(generic, "generic");
    brands = List.copyOf(brands);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(drugClass, "drugClass");
    Objects.requireNonNull(service, "service");
    components = List.copyOf(components);
    Objects.requireNonNull(patchRoute, "patchRoute");
    Objects.requireNonNull(mme, "mme");
  }

  /** {@return whether this is a combination product of several drugs of the vocabulary} */
  public boolean isCombination() {
    return !components.isEmpty();
  }

  /** {@return the name to write in a rationale: the first brand, else the generic name} */
  public String displayName() {
    return brands.isEmpty() ? generic : brands.get(0);
  }
}
