package org.citizenhub.bench;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.bench.engines.BaselineResolver;
import org.citizenhub.bench.engines.DukeResolver;
import org.citizenhub.bench.engines.DukeSettings;
import org.citizenhub.bench.engines.HubEngineLocator;
import org.citizenhub.core.match.BatchResolver;

/**
 * Reads {@code --engine}: {@code hub} (the hub-core BatchResolver, found by scanning hub-core or named with
 * {@code --hub-class}; the baseline stands in while hub-core has none), {@code baseline}, {@code duke},
 * {@code all}, a fully qualified class name, or a comma-separated list of these.
 */
final class EngineChoice {

    private EngineChoice() {
    }

    static List<NamedEngine> parse(String spec, String hubClass, DukeSettings duke, List<String> notes) {
        List<NamedEngine> engines = new ArrayList<>();
        for (String part : spec.split(",")) {
            switch (part.trim()) {
                case "all" -> {
                    hub(hubClass, notes).ifPresent(engines::add);
                    engines.add(baseline());
                    engines.add(duke(duke));
                }
                case "hub" -> engines.add(hub(hubClass, notes).orElseGet(() -> {
                    notes.add("No BatchResolver in hub-core yet: the baseline ran in the hub's place.");
                    return baseline();
                }));
                case "baseline" -> engines.add(baseline());
                case "duke" -> engines.add(duke(duke));
                default -> {
                    BatchResolver resolver = HubEngineLocator.instantiate(part.trim(), BatchResolver.class);
                    engines.add(new NamedEngine(simpleName(part.trim()), part.trim(), resolver));
                }
            }
        }
        return engines;
    }

    private static java.util.Optional<NamedEngine> hub(String hubClass, List<String> notes) {
        String name = hubClass;
        if (name == null) {
            List<String> found = HubEngineLocator.candidates(BatchResolver.class, List.of());
            if (found.isEmpty()) {
                return java.util.Optional.empty();
            }
            name = found.get(0);
            if (found.size() > 1) {
                notes.add("Several BatchResolvers in hub-core " + found + "; ran " + name + " (choose with --hub-class).");
            }
        }
        BatchResolver resolver = HubEngineLocator.instantiate(name, BatchResolver.class);
        return java.util.Optional.of(new NamedEngine("hub", name, resolver));
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

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
