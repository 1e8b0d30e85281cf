package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A page of the review queue, oldest item first; {@code total} counts the items still open. */
public record ReviewPage(int page, int size, long total, List<Item> items) {

    /**
     * A pair to decide: both records with the citizens they are in now ({@code sameCitizen}: linked already,
     * as a possible match), the engine's note when it gave one, and the comparison explained.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(long id, String createdAt, boolean sameCitizen, String note, RecordSummary first,
                       RecordSummary second, ComparisonView comparison) {
    }

    public ReviewPage {
        items = List.copyOf(items);
    }
}
