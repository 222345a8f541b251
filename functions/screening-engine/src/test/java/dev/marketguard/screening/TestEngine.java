package dev.marketguard.screening;

/** One engine per test JVM: loading the dictionary and model once keeps the suite fast. */
public final class TestEngine {
    private static ScreeningEngine engine;

    private TestEngine() {
    }

    public static synchronized ScreeningEngine get() {
        if (engine == null) {
            engine = ScreeningEngine.loadDefault();
        }
        return engine;
    }
}
