package org.citizenhub.hub.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes the demo's connector file next to the demo data: the committed template with the BENEFITS API's
 * address filled in, and a fresh bearer token in a secret file that the connector file references with
 * {@code ${file:...}}, as an admin would keep a real token out of the connector file.
 */
public final class DemoConnectorFile {

    public static final String FILE_NAME = "demo-connectors.yml";
    static final String TEMPLATE = "demo-connectors.template.yml";
    static final String TOKEN_FILE = "secrets/benefits-api-token";
    static final String BENEFITS_URL_PLACEHOLDER = "@BENEFITS_API_URL@";

    private DemoConnectorFile() {
    }

    /**
     * @param demoFolder     the folder the demo data was copied to ({@link DemoFiles#copyTo})
     * @param benefitsApiUrl the BENEFITS API's base address, e.g. {@code http://127.0.0.1:41234}
     * @return the connector file
     */
    public static Path write(Path demoFolder, String benefitsApiUrl) {
        try {
            String template = Files.readString(demoFolder.resolve(TEMPLATE), StandardCharsets.UTF_8);
            Path token = demoFolder.resolve(TOKEN_FILE);
            Files.createDirectories(token.getParent());
            Files.writeString(token, newToken() + "\n", StandardCharsets.UTF_8);
            Path file = demoFolder.resolve(FILE_NAME);
            Files.writeString(file, template.replace(BENEFITS_URL_PLACEHOLDER, benefitsApiUrl), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo connector file in " + demoFolder, e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
