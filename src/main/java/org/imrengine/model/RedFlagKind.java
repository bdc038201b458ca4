package org.imrengine.model;

/** A red-flag condition: one that calls for prompt work-up whatever the duration of care. */
public enum RedFlagKind implements Term {
  TRAUMA,
  FRACTURE,
  TUMOR,
  INFECTION,
  MYELOPATHY,
  PROGRESSIVE_NEUROLOGIC_DEFICIT,
  CAUDA_EQUINA,
  VASCULAR_OR_VISCERAL,
  OTHER
}
