package dev.marketguard.core.screening;

import java.util.Locale;

/** allow: publish; review: a person decides; block: hide now and count the violation. */
public enum Decision {
    ALLOW, REVIEW, BLOCK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
