package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citizenhub.connectors.config.AddressSpec;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Address.AddressUse;

/**
 * A compiled {@link AddressSpec}: one address from the record, or one from each element of the
 * {@code each} array. Without a {@code use}, an address that ended before today is past.
 */
final class AddressMapping {

    private static final Set<String> PAST_WORDS = Set.of("past", "previous", "old", "former", "historic",
            "historical", "inactive", "ended", "closed", "p");

    private final JsonPath each;
    private final List<FieldReader> lines;
    private final FieldReader text;
    private final FieldReader town;
    private final FieldReader postcode;
    private final FieldReader use;
    private final DateReader from;
    private final DateReader to;
    private final Clock clock;

    AddressMapping(String label, AddressSpec spec, Clock clock) {
        this.each = spec.each() == null ? null : JsonPath.compile(spec.each());
        List<FieldReader> lineReaders = new ArrayList<>();
        for (int i = 0; i < spec.lines().size(); i++) {
            lineReaders.add(FieldReader.compile(label + ".lines[" + i + "]", spec.lines().get(i)));
        }
        this.lines = List.copyOf(lineReaders);
        this.text = FieldReader.compile(label + ".text", spec.text());
        this.town = FieldReader.compile(label + ".town", spec.town());
        this.postcode = FieldReader.compile(label + ".postcode", spec.postcode());
        this.use = FieldReader.compile(label + ".use", spec.use());
        this.from = DateReader.compile(label + ".from", spec.from(), clock);
        this.to = DateReader.compile(label + ".to", spec.to(), clock);
        this.clock = clock;
    }

    List<Address> read(JsonNode record) {
        List<JsonNode> scopes = each == null ? List.of(record) : each.select(record);
        List<Address> out = new ArrayList<>();
        for (JsonNode scope : scopes) {
            Address address = readOne(scope);
            if (!address.isEmpty()) {
                out.add(address);
            }
        }
        return out;
    }

    private Address readOne(JsonNode scope) {
        List<String> streetLines = new ArrayList<>();
        lines.forEach(line -> streetLines.addAll(line.values(scope)));
        if (text != null) {
            String oneLine = text.first(scope);
            if (oneLine != null) {
                streetLines.add(oneLine);
            }
        }
        LocalDate start = from == null ? null : from.day(scope, false);
        LocalDate end = to == null ? null : to.day(scope, true);
        return new Address(streetLines, first(town, scope), first(postcode, scope), use(scope, end), start, end);
    }

    private AddressUse use(JsonNode scope, LocalDate end) {
        String word = first(use, scope);
        if (word != null) {
            return PAST_WORDS.contains(word.trim().toLowerCase(Locale.ROOT)) ? AddressUse.PAST : AddressUse.CURRENT;
        }
        return end != null && end.isBefore(LocalDate.now(clock)) ? AddressUse.PAST : AddressUse.CURRENT;
    }

    private static String first(FieldReader field, JsonNode scope) {
        return field == null ? null : field.first(scope);
    }
}
