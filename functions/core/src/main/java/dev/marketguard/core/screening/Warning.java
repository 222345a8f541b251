package dev.marketguard.core.screening;

/** Advice to show the recipient, in Japanese (e.g. REMOTE_DESKTOP_REQUEST). */
public record Warning(String code, String message) {
}
