package dev.marketguard.core.memory;

import dev.marketguard.core.notification.Notification;
import dev.marketguard.core.notification.NotificationPublisher;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints one readable line per notification, for the local server in memory mode:
 * {@code [support] urgent report_received FRAUD 【緊急】違反申告: 詐欺被害 (仕事依頼 p-123)}.
 */
public class PrintingNotificationPublisher implements NotificationPublisher {
    private final PrintStream out;
    private final AtomicLong published = new AtomicLong();

    public PrintingNotificationPublisher(PrintStream out) {
        this.out = out;
    }

    @Override
    public String publish(Notification n) {
        String line = "[support] " + n.severity().code() + " " + n.kind().code() + " "
                + (n.category() == null ? "-" : n.category()) + " " + n.subject();
        synchronized (out) {
            out.println(line);
        }
        return "local-" + published.incrementAndGet();
    }
}
