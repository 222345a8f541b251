package dev.marketguard.core.subject;

import java.util.Objects;

/** A posting, message, proposal or user, identified by the marketplace's own id. */
public record Subject(SubjectType type, String id) {
    public Subject {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("subject id must not be blank");
        }
    }

    public static Subject posting(String id) {
        return new Subject(SubjectType.POSTING, id);
    }

    public static Subject message(String id) {
        return new Subject(SubjectType.MESSAGE, id);
    }

    /** "posting#p-123": the form used in storage keys. */
    public String key() {
        return type.code() + "#" + id;
    }
}
