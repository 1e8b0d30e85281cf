package org.citizenhub.hub.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The executable jar run as a user runs it: {@code java -jar citizen-hub.jar ...} in a working folder of its
 * own, output captured to a file. The jar's path comes from failsafe ({@code citizenhub.jar}).
 */
final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private JarProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static Path jar() {
        String path = System.getProperty("citizenhub.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("system property citizenhub.jar must name the built jar (run through "
                    + "failsafe after package); it is " + path);
        }
        return Path.of(path);
    }

    static JarProcess start(Path workingFolder, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(args);
        Path output = workingFolder.resolve("process-output.txt");
        Process process = new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectErrorStream(false)
                .redirectOutput(output.toFile())
                .redirectError(workingFolder.resolve("process-errors.txt").toFile())
                .start();
        process.getOutputStream().close(); // no standard input, as in CI
        return new JarProcess(process, output);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the jar did not finish within " + seconds + " s; output:\n" + stdout() + stderr());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stdout() {
        return read(output);
    }

    String stderr() {
        return read(output.resolveSibling("process-errors.txt"));
    }

    /** The last lines of both outputs, for a failure message. */
    String tail() {
        String all = stdout() + "\n--- stderr ---\n" + stderr();
        return all.length() <= 6000 ? all : all.substring(all.length() - 6000);
    }

    /** Stops the hub as an admin would (SIGTERM: graceful shutdown), forcibly when it takes too long. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }
}
