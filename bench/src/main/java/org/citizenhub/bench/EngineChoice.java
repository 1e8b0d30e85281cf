package org.citizenhub.bench;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.bench.engines.BaselineResolver;
import org.citizenhub.bench.engines.DukeResolver;
import org.citizenhub.bench.engines.DukeSettings;
import org.citizenhub.core.match.ProbabilisticBatchResolver;

/**
 * Reads {@code --engine}: {@code hub} (hub-core's {@link ProbabilisticBatchResolver}), {@code baseline},
 * {@code duke}, {@code all}, or a comma-separated list of these. Any other name is a usage error.
 */
final class EngineChoice {

    static final String NAMES = "hub, baseline, duke, all";

    private EngineChoice() {
    }

    static List<NamedEngine> parse(String spec, DukeSettings duke) {
        List<NamedEngine> engines = new ArrayList<>();
        for (String part : spec.split(",")) {
            switch (part.trim()) {
                case "all" -> {
                    engines.add(hub());
                    engines.add(baseline());
                    engines.add(duke(duke));
                }
                case "hub" -> engines.add(hub());
                case "baseline" -> engines.add(baseline());
                case "duke" -> engines.add(duke(duke));
                default -> throw new IllegalArgumentException("run: unknown engine '" + part.trim() + "' in --engine (use "
                        + NAMES + ", or a comma list of them)");
            }
        }
        return engines;
    }

    private static NamedEngine hub() {
        return new NamedEngine("hub", ProbabilisticBatchResolver.class.getName(), new ProbabilisticBatchResolver());
    }

    private static NamedEngine baseline() {
        return new NamedEngine("baseline", "DeterministicMatcher keys + compare, union-find (the foundation rule)",
                new BaselineResolver());
    }

    private static NamedEngine duke(DukeSettings settings) {
        return new NamedEngine("duke", "Duke 1.2, in-memory Lucene, threshold " + settings.threshold() + ", max hits "
                + settings.maxSearchHits() + (settings.fuzzySearch() ? ", fuzzy" : "") + ", " + settings.threads()
                + " threads", new DukeResolver(settings));
    }
}
