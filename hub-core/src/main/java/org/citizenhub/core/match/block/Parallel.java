package org.citizenhub.core.match.block;

import java.util.ArrayList;
import java.util.List;

/** Runs a few workers on their own threads and waits for all; the first failure is rethrown. */
public final class Parallel {

    private Parallel() {
    }

    public static void run(Runnable... workers) {
        if (workers.length == 1) {
            workers[0].run();
            return;
        }
        List<Thread> threads = new ArrayList<>(workers.length);
        Throwable[] failure = new Throwable[1];
        for (int w = 0; w < workers.length; w++) {
            Runnable worker = workers[w];
            Thread thread = new Thread(() -> {
                try {
                    worker.run();
                } catch (Throwable e) {
                    synchronized (failure) {
                        if (failure[0] == null) {
                            failure[0] = e;
                        }
                    }
                }
            }, "match-worker-" + w);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while matching", e);
            }
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }
}
