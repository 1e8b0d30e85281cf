package org.citizenhub.hub.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citizenhub.core.match.FieldComparison;
import org.citizenhub.core.match.LinkState;

/** Turns the engine's comparisons into the words of {@link ComparisonView}: field names, verdicts, rounded weights. */
final class Explained {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("prior", "Starting point"),
            Map.entry("nationalId", "National id"),
            Map.entry("givenName", "Given name"),
            Map.entry("familyName", "Family name"),
            Map.entry("name", "Name"),
            Map.entry("dateOfBirth", "Date of birth"),
            Map.entry("nameAndDateOfBirth", "Name and date of birth"),
            Map.entry("sex", "Sex"),
            Map.entry("address", "Address"),
            Map.entry("phone", "Phone"),
            Map.entry("email", "Email"),
            Map.entry("constraint", "Contradiction"));

    private Explained() {
    }

    static ComparisonView comparison(RecordSummary with, LinkState state, double total, List<FieldComparison> fields,
                                     Boolean recomputed, Instant recordedAt) {
        double shown = round(total);
        return new ComparisonView(with, state.name(), shown, verdict(state, shown), recomputed,
                recordedAt == null ? null : recordedAt.toString(), fields(fields));
    }

    static List<FieldView> fields(List<FieldComparison> fields) {
        return fields.stream()
                .map(f -> new FieldView(f.field(), label(f.field()), f.level(), round(f.weight()), f.explanation()))
                .toList();
    }

    static String label(String field) {
        String label = LABELS.get(field);
        if (label != null) {
            return label;
        }
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String verdict(LinkState state, double total) {
        String weight = String.format(Locale.ROOT, "total weight %+.1f", total);
        return switch (state) {
            case MATCH -> "Strong enough to be one person (" + weight + ").";
            case POSSIBLE_MATCH -> "Possibly one person: the engine leaves this to a caseworker (" + weight + ").";
            case NO_MATCH -> "Not enough, on its own, to say one person (" + weight + ").";
        };
    }

    /** Weights to one decimal, as they are shown: a total and the sum of its shown parts then differ by rounding only. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
