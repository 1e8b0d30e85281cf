package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.citizenhub.connectors.config.FieldSpec;
import org.citizenhub.core.record.PartialDate;

/** A date field: its first value read with the field's date formats. A value no format reads is a problem. */
final class DateReader {

    private final FieldReader field;
    private final DateFormats formats;

    private DateReader(FieldReader field, DateFormats formats) {
        this.field = field;
        this.formats = formats;
    }

    static DateReader compile(String label, FieldSpec spec, Clock clock) {
        return spec == null ? null : new DateReader(FieldReader.compile(label, spec), DateFormats.of(spec.dateFormats(), clock));
    }

    PartialDate partialDate(JsonNode scope) {
        String text = field.first(scope);
        return text == null ? null : orProblem(formats.partialDate(text));
    }

    Instant instant(JsonNode scope) {
        String text = field.first(scope);
        return text == null ? null : orProblem(formats.instant(text));
    }

    LocalDate day(JsonNode scope, boolean latest) {
        String text = field.first(scope);
        return text == null ? null : orProblem(formats.day(text, latest));
    }

    private <T> T orProblem(T parsed) {
        if (parsed == null) {
            throw new MappingProblem(field.label(), "matches none of the date formats");
        }
        return parsed;
    }
}
