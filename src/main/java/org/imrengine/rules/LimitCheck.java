package org.imrengine.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.imrengine.facts.Evidence;

/**
 * The check of one limit against a request as submitted. Immutable and thread-safe.
 *
 * @param limit the limit checked
 * @param requested the amount requested, if the request states it
 * @param allowed the amount the guideline allows for this case, if one applies
 * @param group the diagnosis group that set the allowed amount, if the limit depends on it
 * @param given for a limit on a total, what has already been given, when the record states it
 * @param total for a limit on a total, the maximum in all (what is allowed before {@code given} is
 *     taken off), if one applies; for other limits the same as {@code allowed}
 * @param status met (within the limit), not met (above it) or not documented; a limit that does
 *     not require the amount to be stated is met when it is not stated
 * @param finding what the check found, in words
 * @param evidence the request and case items behind it
 */
public record LimitCheck(Limit limit, Optional<Long> requested, Optional<Long> allowed,
    Optional<String> group, Optional<Long> given, Optional<Long> total, Status status, String finding,
    List<Evidence> evidence) {
  /**
   * Checks the components (no component may be null) and copies its collections, so the record is
   * immutable.
   *
   * @param limit the limit checked
   * @param requested the amount requested, if the request states it
   * @param allowed the amount the guideline allows for this case, if one applies
   * @param group the diagnosis group that set the allowed amount, if the limit depends on it
   * @param given what was already given toward a total cap, if the limit has one
   * @param total what the request would bring the total to, if the limit has a cap
   * @param status met (within the limit), not met (above it) or not documented; a limit that does
   *     not require the amount to be stated is met when it is not stated
   * @param finding what the check found, in words
   * @param evidence the request and case items behind it
   */
  public LimitCheck {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(allowed, "allowed");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(finding, "finding");
    evidence = List.copyOf(evidence);
  }

  /**
   * The check of a limit on the request alone.
   *
   * @param limit the limit checked
   * @param requested the amount requested, if the request states it
   * @param allowed the amount the guideline allows for this case, if one applies
   * @param group the diagnosis group that set the allowed amount, if the limit depends on it
   * @param status met, not met or not documented
   * @param finding what the check found, in words
   * @param evidence the request and case items behind it
   */
  public LimitCheck(Limit limit, Optional<Long> requested, Optional<Long> allowed, Optional<String> group,
      Status status, String finding, List<Evidence> evidence) {
    this(limit, requested, allowed, group, Optional.empty(), allowed, status, finding, evidence);
  }

  /** {@return the limit's id} */
  public String id() {
    return limit.wording().id();
  }
}
