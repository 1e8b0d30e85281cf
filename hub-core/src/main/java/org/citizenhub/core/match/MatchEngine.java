package org.citizenhub.core.match;

import org.citizenhub.core.match.block.BlockingKeys;
import org.citizenhub.core.match.cluster.Conflicts;
import org.citizenhub.core.match.compare.FieldComparators;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.RecordPreparer;
import org.citizenhub.core.match.score.FrequencyTables;
import org.citizenhub.core.match.score.MatchModel;
import org.citizenhub.core.match.score.Scorer;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.normalise.PhoneNormaliser;

/**
 * The engine's parts wired for one model: lexicons, preparer, comparators, scorer, conflict rules and
 * blocking keys. Both the batch resolver and the incremental matcher are built on one of these.
 */
record MatchEngine(Lexicons lexicons, RecordPreparer preparer, FieldComparators comparators, Scorer scorer,
                   Conflicts conflicts, BlockingKeys blockingKeys, MatchModel model) {

    /** Parts for a trained (or default) model; term frequencies and generic values come from the model. */
    static MatchEngine of(MatchModel model, MatchSettings settings) {
        Lexicons lexicons = Lexicons.standard();
        return of(model, settings, lexicons, FrequencyTables.from(model.termFrequencies(), lexicons));
    }

    static MatchEngine of(MatchModel model, MatchSettings settings, Lexicons lexicons, FrequencyTables frequencies) {
        CheckScheme scheme = CheckScheme.valueOf(model.idScheme());
        GenericValues generic = model.generic().toValues();
        RecordPreparer preparer = new RecordPreparer(lexicons, new PhoneNormaliser(settings.phoneRegion()), scheme, generic);
        FieldComparators comparators = new FieldComparators(lexicons, scheme);
        return new MatchEngine(lexicons, preparer, comparators, new Scorer(model, comparators, frequencies),
                new Conflicts(comparators, lexicons), new BlockingKeys(lexicons), model);
    }
}
