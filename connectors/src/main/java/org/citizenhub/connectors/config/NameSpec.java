package org.citizenhub.connectors.config;

import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.NameUse;

/**
 * Where a person's name comes from: a one-field {@code full} name read in {@code fullFormat} order, and/or
 * separate parts, which win over the parts read from {@code full}. Any field may be null. {@code given}
 * may hold several forenames (the first is the given name, the rest middle names).
 */
public record NameSpec(
        FieldSpec full,
        NameParser.Order fullFormat,
        FieldSpec title,
        FieldSpec given,
        FieldSpec middle,
        FieldSpec family,
        FieldSpec suffix,
        NameUse use) {

    public NameSpec {
        fullFormat = fullFormat == null ? NameParser.Order.AUTO : fullFormat;
        use = use == null ? NameUse.OFFICIAL : use;
    }

    public static NameSpec ofParts(FieldSpec given, FieldSpec family) {
        return new NameSpec(null, null, null, given, null, family, null, NameUse.OFFICIAL);
    }

    public static NameSpec ofFull(FieldSpec full, NameParser.Order order) {
        return new NameSpec(full, order, null, null, null, null, null, NameUse.OFFICIAL);
    }
}
