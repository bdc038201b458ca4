package org.imrengine.model;

/** A red-flag condition: one that calls for prompt work-up whatever the duration of care. */
public enum RedFlagKind implements Term {
  /** Significant trauma. */
  TRAUMA,
  /** A fracture. */
  FRACTURE,
  /** A suspected tumour. */
  TUMOR,
  /** An infection. */
  INFECTION,
  /** Myelopathy. */
  MYELOPATHY,
  /** A progressive neurologic deficit. */
  PROGRESSIVE_NEUROLOGIC_DEFICIT,
  /** Cauda equina syndrome. */
  CAUDA_EQUINA,
  /** A vascular or visceral cause of the pain. */
  VASCULAR_OR_VISCERAL,
  /** Another red flag. */
  OTHER
}
