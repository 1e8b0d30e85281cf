/**
 * Feature preparation: every record is folded, parsed and interned once into a compact
 * {@link org.citizenhub.core.match.prepare.PreparedRecord}; values shared by too many people are found
 * from the data ({@link org.citizenhub.core.match.prepare.GenericValueDetector}) and left out.
 */
package org.citizenhub.core.match.prepare;
