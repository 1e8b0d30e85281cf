package org.citizenhub.bench.population;

import org.citizenhub.core.record.SourceRecord;

/**
 * One agency of the synthetic nation: who it holds (coverage), how carefully (its policy), and its export
 * format, both ways: {@link #render} lays a record out natively, {@link #map} reads a native record into
 * the canonical record exactly as a connector mapping of that file would. The in-memory population is
 * made by rendering then mapping, so it always equals what the product reads from the files.
 */
public abstract class AgencySource {

    private final SourcePolicy policy;

    protected AgencySource(SourcePolicy policy) {
        this.policy = policy;
    }

    public String id() {
        return policy.id();
    }

    SourcePolicy policy() {
        return policy;
    }

    /** The chance that the person has a record in this agency. */
    abstract double coverage(Person person);

    /** The defect's rate for this person; agencies whose rates vary with age override this. */
    double rate(Defect defect, Person person) {
        return policy.rate(defect);
    }

    /** True when the agency may hold an old address of the person that no other agency knows. */
    boolean holdsUnknownOldAddress(Person person) {
        return false;
    }

    /** The agency's own record id for the n-th record of its export (from 1). */
    abstract String recordId(int sequence);

    public abstract FileLayout layout();

    abstract NativeRow render(RecordDraft draft, String recordId);

    /** Reads one native record; {@code row} comes from {@link #render} or from the file read back. */
    public abstract SourceRecord map(NativeRow row);

    /**
     * This agency's entry of the connector file (docs/connector-reference.md), mapping its export exactly
     * as {@link #map} does. No placeholder values are declared: spotting them is the engine's job.
     */
    public abstract String connectorYaml();
}
