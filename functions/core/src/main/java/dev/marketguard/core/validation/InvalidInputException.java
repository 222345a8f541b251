package dev.marketguard.core.validation;

import java.util.List;

/** Client input that cannot be accepted; carries every field problem found, not just the first. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> fields;

    public InvalidInputException(String message, List<FieldError> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public List<FieldError> fields() {
        return fields;
    }
}
