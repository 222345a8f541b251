package dev.marketguard.core.screening;

import java.util.Locale;
import java.util.Optional;

/** How a posting pays. commission and goods are uncertain rewards (報酬不確定) by themselves. */
public enum RewardType {
    FIXED, HOURLY, PER_UNIT, COMMISSION, GOODS, UNDECIDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RewardType> fromCode(String code) {
        for (RewardType r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
