package dev.marketguard.core.validation;

/** One invalid input field, named as the client wrote it ("reward.type"). */
public record FieldError(String field, String message) {
}
