package org.citizenhub.core.match.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citizenhub.core.match.FieldComparison;
import org.citizenhub.core.match.MatchResult;

/**
 * A match decision in words a caseworker can read: one line per field (its level, weight and why), then
 * the total weight, the probability it stands for, and the decision. Built from the {@link MatchResult}
 * alone, since the engine keeps every field's level and weight: no second computation.
 */
public record Explanation(List<String> lines, double total, double probability, String decision) {

    public Explanation {
        lines = List.copyOf(lines);
    }

    public static Explanation of(MatchResult result) {
        List<String> lines = new ArrayList<>(result.fields().size() + 1);
        for (FieldComparison field : result.fields()) {
            lines.add(field.field() + " [" + field.level() + "] " + Sentences.signed(field.weight()) + ": "
                    + field.explanation());
        }
        double probability = 1 / (1 + Math.pow(2, -result.score()));
        lines.add(String.format(Locale.ROOT, "Total match weight %s: one person with probability %s; decision %s",
                Sentences.signed(result.score()), percent(probability), result.state()));
        return new Explanation(lines, result.score(), probability, result.state().name());
    }

    /** The lines joined, one per line. */
    public String text() {
        return String.join(System.lineSeparator(), lines);
    }

    private static String percent(double probability) {
        if (probability > 0.999) {
            return "above 99.9%";
        }
        if (probability < 0.001) {
            return "below 0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", probability * 100);
    }
}
