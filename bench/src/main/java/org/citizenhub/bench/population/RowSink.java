package org.citizenhub.bench.population;

import java.io.IOException;

/** Receives each native record as it is made, e.g. to stream it into the agency's export file. */
@FunctionalInterface
public interface RowSink {

    RowSink NONE = (source, recordId, row, personId) -> { };

    void accept(AgencySource source, String recordId, NativeRow row, String personId) throws IOException;
}
