/**
 * The event ontology as data: the 16 PLOVER event types with their modes, scores and quad classes, and the CAMEO
 * codes with GDELT's Goldstein values and their PLOVER mapping (plover.tsv, cameo.tsv beside this package).
 */
package org.tawazun.ontology;
