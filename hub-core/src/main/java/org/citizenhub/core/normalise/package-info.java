/**
 * Turns the many ways agencies write one value into one comparable form: folded text and names
 * (diacritics, mojibake, titles, suffixes, Mac/Mc), nicknames, Double Metaphone codes, phones (E.164),
 * emails, addresses parsed into parts, and national ids with their check digits.
 */
package org.citizenhub.core.normalise;
