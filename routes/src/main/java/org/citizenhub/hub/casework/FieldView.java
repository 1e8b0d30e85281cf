package org.citizenhub.hub.casework;

/**
 * One field of a comparison as a caseworker reads it: the field's name in words, the level the values
 * reached (e.g. "exact", "phonetic", "missing"), the weight that level added to the total, and the engine's
 * sentence saying what was found (never a value).
 */
public record FieldView(String field, String label, String level, double weight, String sentence) {
}
