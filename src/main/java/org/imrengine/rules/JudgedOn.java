package org.imrengine.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.imrengine.model.Request;
import org.imrengine.model.Term;

/**
 * Which date of a request decides whether a guideline edition is in force for it. The MTUS changes
 * said it differently: the 2016 Chronic Pain and Opioids guidelines apply to requests made on or
 * after 2016-07-29; the ACOEM update of 2017-12-01 to services rendered on or after it; the Drug
 * Formulary to drugs dispensed on or after 2018-01-01 ({@code guidelines-current.md} 1.1, 1.3).
 * Each falls back, when the record does not state its date, to the request's decision date (its
 * date, else its UR decision date, else the case's asOf).
 */
public enum JudgedOn implements Term {
  /** The date of the request for authorization (the default, and the fallback of the others). */
  REQUEST_DATE("request date"),
  /** The date the service is or was rendered; without one, the request date. */
  SERVICE_DATE("date of service"),
  /** The date the drug is or was dispensed; without one, the date of service, then the request date. */
  DISPENSED_DATE("date dispensed");

  private final String words;

  JudgedOn(String words) {
    this.words = words;
  }

  /** {@return the date in words, such as {@code "date of service"}} */
  public String words() {
    return words;
  }

  /**
   * {@return the date of {@code request} this basis judges it on, with the fallbacks above}
   *
   * @param request the request
   * @param asOf the case's asOf date, the last fallback
   */
  public LocalDate dateOf(Request request, LocalDate asOf) {
    Optional<LocalDate> own = switch (this) {
      case REQUEST_DATE -> Optional.empty();
      case SERVICE_DATE -> request.serviceDate();
      case DISPENSED_DATE -> request.dispensedDate().or(request::serviceDate);
    };
    return own.orElseGet(() -> request.decisionDate(asOf));
  }
}
