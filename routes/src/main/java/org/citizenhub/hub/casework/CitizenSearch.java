package org.citizenhub.hub.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.record.SourceRecord;

/**
 * Finds citizens from partial, possibly misspelt input: the search becomes a probe record, its
 * {@link SearchKeys} find at most {@value #MAX_CANDIDATES} candidate records (those sharing most keys
 * first), the {@link RecordMatcher} scores each against the probe, and each citizen ranks by its best
 * record (then by keys shared, which orders candidates when the matcher's scores tie).
 */
public final class CitizenSearch {

    public static final int MAX_CANDIDATES = 300;

    private final SearchKeys keys;
    private final SearchIndex index;
    private final RecordMatcher matcher;

    public CitizenSearch(SearchKeys keys, SearchIndex index, RecordMatcher matcher) {
        this.keys = keys;
        this.index = index;
        this.matcher = matcher;
    }

    public SearchPage search(SearchRequest request) {
        SourceRecord probe = SearchProbe.of(request);
        Set<String> probeKeys = keys.of(probe);
        List<SearchIndex.Candidate> candidates = index.candidates(probeKeys, MAX_CANDIDATES);
        Map<String, SearchPage.Hit> best = new HashMap<>();
        for (SearchIndex.Candidate candidate : candidates) {
            SearchPage.Hit hit = hit(probe, candidate);
            best.merge(candidate.citizenId(), hit, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
        }
        List<SearchPage.Hit> ranked = new ArrayList<>(best.values());
        ranked.sort(RANKING);
        int from = Math.min((request.page() - 1) * request.size(), ranked.size());
        int to = Math.min(from + request.size(), ranked.size());
        return new SearchPage(request.page(), request.size(), ranked.size(), candidates.size() >= MAX_CANDIDATES,
                ranked.subList(from, to));
    }

    /** Best first: higher score, then more keys shared, then citizen id so the order is total. */
    static final Comparator<SearchPage.Hit> RANKING = Comparator.comparingDouble((SearchPage.Hit h) -> -h.score())
            .thenComparingInt(h -> -h.keysShared())
            .thenComparing(SearchPage.Hit::citizenId);

    private SearchPage.Hit hit(SourceRecord probe, SearchIndex.Candidate candidate) {
        double score = matcher.score(probe, candidate.record());
        RecordSummary summary = RecordSummary.of(candidate.record(), candidate.citizenId());
        return new SearchPage.Hit(candidate.citizenId(), round(score), candidate.keysShared(), summary.name(),
                summary.dateOfBirth(), summary.postcode(), summary.source(), summary.recordId());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
