package org.citizenhub.hub.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * Counts records as they reach the store, keeps the first few dead letters (connector, record id, reason:
 * no personal data) for the summary, and, on a terminal, keeps one status line up to date on stderr
 * ({@code tax: 12,345 records (3 dead-lettered)}), at most a few times a second. Off a terminal it prints
 * nothing, so logs and pipes stay clean.
 */
final class Progress implements IngestSink {

    private static final long REFRESH_NANOS = 200_000_000L;
    static final int DEAD_LETTER_SAMPLES = 20;

    private final IngestSink delegate;
    private final PrintStream terminal;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final List<DeadLetter> samples = new ArrayList<>();
    private volatile String connectorId = "";
    private volatile long lastShown;

    /** @param terminal where to draw the status line, or null for no progress output */
    Progress(IngestSink delegate, PrintStream terminal) {
        this.delegate = delegate;
        this.terminal = terminal;
    }

    /** stderr when the command runs on an interactive terminal, otherwise null. */
    static PrintStream terminalOrNull() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            // Java 22+ returns a console even when redirected; it then says whether it is a terminal.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console)) ? System.err : null;
        } catch (ReflectiveOperationException e) {
            return System.err; // Java 17-21: a console is a terminal
        }
    }

    void start(String connector) {
        connectorId = connector;
        records.set(0);
        deadLetters.set(0);
        show(true);
    }

    /** One status line after the runs (batch resolution steps): shown on a terminal only. */
    void note(String line) {
        if (terminal != null) {
            terminal.printf("\r\033[K%s", line);
            terminal.flush();
        }
    }

    void finish() {
        if (terminal != null) {
            show(true);
            terminal.print("\r\033[K");
            terminal.flush();
        }
    }

    @Override
    public void accept(SourceRecord record) {
        delegate.accept(record);
        records.incrementAndGet();
        show(false);
    }

    @Override
    public void delete(RecordKey key) {
        delegate.delete(key);
        records.incrementAndGet();
        show(false);
    }

    @Override
    public void reject(DeadLetter letter) {
        delegate.reject(letter);
        records.incrementAndGet();
        deadLetters.incrementAndGet();
        synchronized (samples) {
            if (samples.size() < DEAD_LETTER_SAMPLES) {
                samples.add(letter);
            }
        }
        show(false);
    }

    /** The first dead letters of the whole run, in order. */
    List<DeadLetter> deadLetterSamples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void show(boolean now) {
        if (terminal == null) {
            return;
        }
        long time = System.nanoTime();
        if (!now && time - lastShown < REFRESH_NANOS) {
            return;
        }
        lastShown = time;
        terminal.printf("\r\033[K%s: %,d records (%,d dead-lettered)", connectorId, records.get(), deadLetters.get());
        terminal.flush();
    }
}
