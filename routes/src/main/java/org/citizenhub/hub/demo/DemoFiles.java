package org.citizenhub.hub.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Copies the demo agencies' data out of the application (classpath folder {@code demo/}) into a folder on
 * disk, where connectors read files as they would read an agency's export. Existing copies are replaced,
 * so every demo start begins from the same data.
 */
public final class DemoFiles {

    static final String CLASSPATH_FOLDER = "demo/";

    private DemoFiles() {
    }

    public static void copyTo(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(DemoFiles.class.getClassLoader())
                    .getResources("classpath*:" + CLASSPATH_FOLDER + "**");
            for (Resource resource : resources) {
                if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
                    continue; // a folder
                }
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("/" + CLASSPATH_FOLDER) + CLASSPATH_FOLDER.length() + 1);
                Path file = target.resolve(relative).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo data to " + target, e);
        }
    }
}
