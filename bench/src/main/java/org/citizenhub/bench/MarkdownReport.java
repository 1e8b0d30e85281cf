package org.citizenhub.bench;

import java.util.List;
import java.util.Locale;
import org.citizenhub.bench.population.HardNegative;

/** The figures side by side, as a markdown table (printed and written to the report file). */
final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Quality only, for a crosswalk scored after the fact (no run to time). */
    static String qualityTable(List<EngineResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| clustering | records | precision | recall | F1 | true clusters | predicted clusters | "
                + "false-merge pairs | missed pairs |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EngineResult r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.4f | %.4f | %.4f | %,d | %,d | %,d | %,d |%n",
                    r.engine(), r.score().records(), r.score().precision(), r.score().recall(), r.score().f1(),
                    r.score().trueClusters(), r.score().predictedClusters(), r.score().falseMergePairs(),
                    r.score().missedPairs()));
        }
        return out.toString();
    }

    static String resultsTable(List<EngineResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| engine | records | precision | recall | F1 | true clusters | predicted clusters | "
                + "false-merge pairs | missed pairs | resolve s | records/s | heap before MiB | peak heap MiB |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EngineResult r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.4f | %.4f | %.4f | %,d | %,d | %,d | %,d | %.1f | %,.0f | %,d | %,d |%n",
                    r.engine(), r.score().records(), r.score().precision(), r.score().recall(), r.score().f1(),
                    r.score().trueClusters(), r.score().predictedClusters(), r.score().falseMergePairs(),
                    r.score().missedPairs(), r.seconds(), r.recordsPerSecond(), HeapSampler.mib(r.heapBeforeBytes()),
                    HeapSampler.mib(r.peakHeapBytes())));
        }
        return out.toString();
    }

    static String hardNegativeTable(List<EngineResult> results) {
        if (results.stream().allMatch(r -> r.hardNegatives().isEmpty())) {
            return "";
        }
        StringBuilder out = new StringBuilder("| engine |");
        StringBuilder rule = new StringBuilder("|---|");
        for (HardNegative kind : HardNegative.values()) {
            out.append(' ').append(label(kind)).append(" merged / pairs |");
            rule.append("---:|");
        }
        out.append('\n').append(rule).append('\n');
        for (EngineResult r : results) {
            out.append("| ").append(r.engine()).append(" |");
            for (HardNegative kind : HardNegative.values()) {
                HardNegativeCheck.Tally t = r.hardNegatives().get(kind);
                out.append(t == null ? " - |" : String.format(Locale.ROOT, " %,d / %,d |", t.merged(), t.pairs()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String label(HardNegative kind) {
        return switch (kind) {
            case TWIN -> "twins";
            case NAMED_AFTER_FATHER -> "father & son, one name";
            case NAME_AND_BIRTH_DOUBLE -> "same name & birth date, unrelated";
            case CARE_HOME_RESIDENT -> "care-home residents";
        };
    }
}
