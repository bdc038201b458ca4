package org.imrengine.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.model.Region;
import org.imrengine.model.Service;

/**
 * What a rule applies to: a service (and any other services the same guideline text decides, such
 * as occupational therapy beside physical therapy), the regions (empty means every region), the add-on services
 * its criteria already cover, and an optional condition on the case (such as "a prior MRI of the
 * region exists", which tells a repeat-imaging rule from an initial-imaging rule). Immutable and
 * thread-safe.
 *
 * @param service the requested service
 * @param also other requested services the rule decides the same way; empty for most rules
 * @param regions the regions; empty for every region
 * @param covers add-ons that this rule decides together with the service
 * @param when a condition that must be met for the rule to apply, if any
 */
public record AppliesTo(Service service, List<Service> also, List<Region> regions, List<Service> covers,
    Optional<Criterion> when) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param service the requested service
   * @param also other requested services the rule decides the same way; empty for most rules
   * @param regions the regions; empty for every region
   * @param covers add-ons that this rule decides together with the service
   * @param when a condition that must be met for the rule to apply, if any
   */
  public AppliesTo {
    Objects.requireNonNull(service, "service");
    also = List.copyOf(also);
    regions = List.copyOf(regions);
    covers = List.copyOf(covers);
    Objects.requireNonNull(when, "when");
  }

  /**
   * A rule for one service.
   *
   * @param service the requested service
   * @param regions the regions; empty for every region
   * @param covers add-ons that this rule decides together with the service
   * @param when a condition that must be met for the rule to apply, if any
   */
  public AppliesTo(Service service, List<Region> regions, List<Service> covers, Optional<Criterion> when) {
    this(service, List.of(), regions, covers, when);
  }

  /** {@return every service the rule decides: {@code service}, then {@code also}} */
  public List<Service> services() {
    List<Service> all = new java.util.ArrayList<>();
    all.add(service);
    all.addAll(also);
    return List.copyOf(all);
  }

  /**
   * {@return whether the rule is for {@code region}}
   * @param region the body region
   */
  public boolean region(Region region) {
    return regions.isEmpty() || regions.contains(region);
  }
}
