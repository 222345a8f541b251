package dev.marketguard.core.screening;

/** No verdict has the given id. */
public class ScreeningNotFoundException extends RuntimeException {
    public ScreeningNotFoundException(String screeningId) {
        super("no screening " + screeningId);
    }
}
