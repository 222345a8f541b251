package dev.marketguard.screening.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The deterministic train / held-out split: an item is held out when the CRC-32 of its id falls
 * in the lowest {@code percent} of 100 buckets. Stable across runs, machines and corpus growth
 * (adding lines never moves an existing line to the other side).
 */
public final class HeldOutSplit {
    public static final int DEFAULT_PERCENT = 30;

    private final int percent;

    public HeldOutSplit(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100");
        }
        this.percent = percent;
    }

    public static HeldOutSplit standard() {
        return new HeldOutSplit(DEFAULT_PERCENT);
    }

    public boolean isHeldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 100 < percent;
    }
}
