package org.citizenhub.connectors.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.citizenhub.connectors.CheckpointStore;

final class MemoryCheckpoints implements CheckpointStore {

    private final Map<String, String> watermarks = new ConcurrentHashMap<>();

    @Override
    public Optional<String> watermark(String connectorId) {
        return Optional.ofNullable(watermarks.get(connectorId));
    }

    @Override
    public void saveWatermark(String connectorId, String watermark) {
        watermarks.put(connectorId, watermark);
    }
}
