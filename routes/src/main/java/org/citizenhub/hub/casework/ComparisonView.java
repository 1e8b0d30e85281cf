package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A comparison of two records, explained: with which record ({@code with}, in an explanation), the state
 * and total weight, a verdict in words, each field's part, and whether it was kept when the link was made
 * ({@code recomputed} false, with {@code recordedAt}) or compared again now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparisonView(RecordSummary with, String state, double total, String verdict, Boolean recomputed,
                             String recordedAt, List<FieldView> fields) {

    public ComparisonView {
        fields = List.copyOf(fields);
    }
}
