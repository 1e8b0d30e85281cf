package org.citizenhub.bench.population;

import java.util.List;
import java.util.Map;

/** One record in an agency's native layout: the cells of a CSV row, or the JSON tree of an NDJSON line. */
public sealed interface NativeRow {

    /** CSV cells in header order; an empty string is an empty cell. */
    record Csv(List<String> cells) implements NativeRow {
        public Csv {
            cells = List.copyOf(cells);
        }
    }

    /** An NDJSON object as maps, lists and strings (what Jackson reads into {@code Map.class}). */
    record Json(Map<String, Object> tree) implements NativeRow {
    }
}
