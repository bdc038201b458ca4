package org.imrengine.model;

/** What an injection request proposes to inject. */
public enum Injectate implements Term {
  /** A local anaesthetic only. */
  LOCAL_ANESTHETIC,
  /** A local anaesthetic with a corticosteroid. */
  LOCAL_ANESTHETIC_WITH_STEROID,
  /** A corticosteroid. */
  STEROID,
  /** Another injectate. */
  OTHER
}
