package dev.marketguard.core.screening;

import java.util.Objects;

/** A posting's declared reward; {@code amount} in yen, null when not given. */
public record Reward(RewardType type, Long amount) {
    public Reward {
        Objects.requireNonNull(type, "type");
    }
}
