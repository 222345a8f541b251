package dev.marketguard.local.backend.memory;

import dev.marketguard.core.notification.SupportEvent;
import dev.marketguard.core.notification.SupportNotifier;
import java.io.PrintStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory stores' stream: what DynamoDB streams are to the tables. Store decorators
 * append a {@link SupportEvent} per change that template.yaml's filters would let through; one
 * thread hands them, in order, to the notifier's domain service, as the event source mapping
 * hands stream records to the function. A failed delivery is retried like a stream record
 * (template.yaml: MaximumRetryAttempts 5), then reported as what would go to the DLQ.
 */
public final class ChangeFeed implements AutoCloseable {
    static final int MAXIMUM_RETRY_ATTEMPTS = 5;

    private record Change(String recordId, SupportEvent event) {
    }

    private final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SupportNotifier notifier;
    private final PrintStream log;
    private final Object delivering = new Object();
    private Thread worker;

    public ChangeFeed(SupportNotifier notifier, PrintStream log) {
        this.notifier = notifier;
        this.log = log;
    }

    /** Appends a change; the record id plays the stream record's eventID (the notifier's once-only key). */
    public void append(SupportEvent event) {
        changes.add(new Change("memory-" + sequence.incrementAndGet(), event));
    }

    /** Delivers changes as they come, on a background thread, until closed. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Change change = changes.poll(1, TimeUnit.SECONDS);
                    if (change != null) {
                        deliver(change);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "memory-stream");
        worker.setDaemon(true);
        worker.start();
    }

    /** Delivers everything appended so far, on the caller's thread. */
    public void drain() {
        Change change;
        while ((change = changes.poll()) != null) {
            deliver(change);
        }
    }

    private void deliver(Change change) {
        synchronized (delivering) {
            for (int attempt = 0; attempt <= MAXIMUM_RETRY_ATTEMPTS; attempt++) {
                try {
                    notifier.deliver(change.recordId(), change.event());
                    return;
                } catch (RuntimeException e) {
                    log.println("[support-notifier] " + change.recordId() + " failed (attempt " + (attempt + 1) + "): " + e.getMessage());
                }
            }
            log.println("[support-notifier] " + change.recordId() + " given up after " + (MAXIMUM_RETRY_ATTEMPTS + 1)
                    + " attempts; in AWS it would wait in NotifierDlq: " + change.event());
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.interrupt();
        }
        drain();
    }
}
