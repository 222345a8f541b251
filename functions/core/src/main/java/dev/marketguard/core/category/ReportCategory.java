package dev.marketguard.core.category;

import java.util.Optional;

/**
 * What a reporter may choose on the 違反申告 form: the seven breakdown categories plus
 * intellectual property and fraud, which both count as {@link ViolationCategory#OTHER}.
 */
public enum ReportCategory {
    MULTI_LEVEL_MARKETING(ViolationCategory.MULTI_LEVEL_MARKETING, "マルチ商法"),
    EXTERNAL_TERMS_VIOLATION(ViolationCategory.EXTERNAL_TERMS_VIOLATION, "外部規約違反"),
    STEALTH_MARKETING(ViolationCategory.STEALTH_MARKETING, "ステルスマーケティング"),
    DIRECT_TRADING(ViolationCategory.DIRECT_TRADING, "直接取引"),
    UNCERTAIN_REWARD(ViolationCategory.UNCERTAIN_REWARD, "報酬不確定"),
    UNPAID_SAMPLE_REQUEST(ViolationCategory.UNPAID_SAMPLE_REQUEST, "サンプル・トライアルの無償要求"),
    OTHER(ViolationCategory.OTHER, "その他"),
    INTELLECTUAL_PROPERTY(ViolationCategory.OTHER, "知的財産権違反"),
    FRAUD(ViolationCategory.OTHER, "詐欺被害");

    private final ViolationCategory breakdownCategory;
    private final String label;

    ReportCategory(ViolationCategory breakdownCategory, String label) {
        this.breakdownCategory = breakdownCategory;
        this.label = label;
    }

    /** The monthly-breakdown category this report category is counted under. */
    public ViolationCategory breakdownCategory() {
        return breakdownCategory;
    }

    public String label() {
        return label;
    }

    /** Fraud reaches support as urgent: money may already be lost. */
    public boolean isUrgent() {
        return this == FRAUD;
    }

    public static Optional<ReportCategory> fromCode(String code) {
        for (ReportCategory c : values()) {
            if (c.name().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
