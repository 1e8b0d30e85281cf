package org.citizenhub.connectors;

import java.util.Optional;

/** Remembers, per connector, the watermark of the last successful incremental run. */
public interface CheckpointStore {

    Optional<String> watermark(String connectorId);

    void saveWatermark(String connectorId, String watermark);
}
