package dev.marketguard.core.subject;

import java.util.Locale;
import java.util.Optional;

/** What can be screened or reported. The wire name is the lower-case code ("posting"). */
public enum SubjectType {
    POSTING, MESSAGE, PROPOSAL, USER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SubjectType> fromCode(String code) {
        for (SubjectType t : values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
