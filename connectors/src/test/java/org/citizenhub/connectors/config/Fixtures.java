package org.citizenhub.connectors.config;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Connector files under src/test/resources/config. */
final class Fixtures {

    private Fixtures() {
    }

    static Path config(String name) {
        URL url = Fixtures.class.getResource("/config/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
