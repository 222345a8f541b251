package dev.marketguard.core.notification;

/** Port: where support notifications go (the SNS support topic; the console locally). */
public interface NotificationPublisher {

    /**
     * Publishes one notification.
     *
     * @return the channel's id of the published message
     * @throws RuntimeException when it could not be published; the caller retries later
     */
    String publish(Notification notification);
}
