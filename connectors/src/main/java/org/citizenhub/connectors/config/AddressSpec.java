package org.citizenhub.connectors.config;

import java.util.List;

/**
 * Where addresses come from. With {@code each} (a JSON path of an array), one address is read from every
 * element and the other fields are relative to the element; without it, one address from the record.
 * {@code lines}: street lines, each field giving one line or (when it yields an array) several;
 * {@code text}: a one-line address kept as a single line; {@code use}: a constant ("current"/"past") or a
 * field; {@code from}/{@code to}: dates. Any field may be null.
 */
public record AddressSpec(
        String each,
        List<FieldSpec> lines,
        FieldSpec text,
        FieldSpec town,
        FieldSpec postcode,
        FieldSpec use,
        FieldSpec from,
        FieldSpec to) {

    public AddressSpec {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
