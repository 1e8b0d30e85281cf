/**
 * Field comparators: each compares one field of two prepared records and returns a comparison level
 * ({@link org.citizenhub.core.match.compare.Field} names them). Add a comparator without touching the engine.
 */
package org.citizenhub.core.match.compare;
