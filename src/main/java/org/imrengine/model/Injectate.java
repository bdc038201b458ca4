package org.imrengine.model;

/** What an injection request proposes to inject. */
public enum Injectate implements Term {
  LOCAL_ANESTHETIC,
  LOCAL_ANESTHETIC_WITH_STEROID,
  STEROID,
  OTHER
}
