package org.citizenhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap while an engine runs. {@link #settle()} collects garbage first, so the baseline is the live
 * data (the input records); a daemon thread then samples heap use every 5 ms. Heap "used" includes garbage
 * not yet collected, so the peak is what the engine made the JVM hold: an upper bound on what it needed
 * (with a smaller -Xmx the collector runs sooner), and a 5 ms sampler can miss a peak just before a GC.
 */
final class HeapSampler implements AutoCloseable {

    private static final long MIB = 1024 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        peak = used();
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects garbage and returns the live heap in bytes. */
    static long settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static HeapSampler start() {
        return new HeapSampler();
    }

    /** The highest heap use seen since start, in bytes. */
    long peakBytes() {
        return peak;
    }

    static long mib(long bytes) {
        return bytes / MIB;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak = Math.max(peak, used());
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }
}
