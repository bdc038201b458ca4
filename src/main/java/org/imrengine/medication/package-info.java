/**
 * Medications: the drug vocabulary ({@link org.imrengine.medication.DrugCatalog}, loaded from
 * {@code rules/drugs.yaml}), the reader of written prescriptions
 * ({@link org.imrengine.medication.PrescriptionReader}) and the daily morphine milligram
 * equivalents of a request or a regimen ({@link org.imrengine.medication.Mme}). Everything here
 * is immutable and thread-safe. The format of the vocabulary is in {@code docs/medications.md}.
 */
package org.imrengine.medication;
