package dev.marketguard.screening.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Reward;
import dev.marketguard.core.screening.RewardType;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.core.validation.FieldError;
import dev.marketguard.core.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a posting or message in the wire shape of DESIGN.md section 5, with a {@code kind}
 * discriminator ("posting" | "message") as used by the screen command and the corpus.
 * Reports every field problem at once.
 */
public final class SubmissionReader {
    private SubmissionReader() {
    }

    /** @param fallbackId used when the subject carries no id (a batch line number, a corpus id) */
    public static Submission read(JsonNode node, String fallbackId) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("expected a JSON object", List.of(new FieldError("", "expected a JSON object")));
        }
        String kind = optionalText(node, "kind", errors);
        WorkStyle workStyle = WorkStyle.PROJECT;
        String ws = optionalText(node, "workStyle", errors);
        if (ws != null) {
            workStyle = WorkStyle.fromCode(ws).orElse(null);
            if (workStyle == null) {
                errors.add(new FieldError("workStyle", "must be project, competition or task"));
            }
        }
        if (kind == null) {
            errors.add(new FieldError("kind", "must be posting or message"));
            throw invalid(errors);
        }
        switch (kind) {
            case "posting": {
                String id = firstNonBlank(optionalText(node, "postingId", errors), optionalText(node, "id", errors), fallbackId);
                String clientId = optionalText(node, "clientId", errors);
                String title = optionalText(node, "title", errors);
                String body = optionalText(node, "body", errors);
                if (title == null && body == null) {
                    errors.add(new FieldError("body", "a posting needs a title or a body"));
                }
                Reward reward = null;
                JsonNode r = node.get("reward");
                if (r != null && !r.isNull()) {
                    reward = reward(r, errors);
                }
                if (!errors.isEmpty()) {
                    throw invalid(errors);
                }
                return new Submission.Posting(id, clientId, title, body, workStyle, reward);
            }
            case "message": {
                String id = firstNonBlank(optionalText(node, "messageId", errors), optionalText(node, "id", errors), fallbackId);
                String text = optionalText(node, "text", errors);
                if (text == null) {
                    errors.add(new FieldError("text", "a message needs a text"));
                }
                Phase phase = Phase.BEFORE_CONTRACT;
                String ph = optionalText(node, "phase", errors);
                if (ph != null) {
                    phase = Phase.fromCode(ph).orElse(null);
                    if (phase == null) {
                        errors.add(new FieldError("phase", "must be before_contract or after_escrow"));
                    }
                }
                if (!errors.isEmpty()) {
                    throw invalid(errors);
                }
                return new Submission.Message(id, optionalText(node, "senderId", errors),
                        optionalText(node, "recipientId", errors), text, phase, workStyle);
            }
            default:
                errors.add(new FieldError("kind", "must be posting or message"));
                throw invalid(errors);
        }
    }

    private static Reward reward(JsonNode r, List<FieldError> errors) {
        if (!r.isObject()) {
            errors.add(new FieldError("reward", "must be an object"));
            return null;
        }
        JsonNode t = r.get("type");
        RewardType type = t == null || !t.isTextual() ? null : RewardType.fromCode(t.asText()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("reward.type", "must be fixed, hourly, per_unit, commission, goods or undecided"));
        }
        Long amount = null;
        JsonNode a = r.get("amount");
        if (a != null && !a.isNull()) {
            if (!a.isIntegralNumber() || a.asLong() < 0) {
                errors.add(new FieldError("reward.amount", "must be a non-negative whole number of yen"));
            } else {
                amount = a.asLong();
            }
        }
        return type == null ? null : new Reward(type, amount);
    }

    private static String optionalText(JsonNode node, String field, List<FieldError> errors) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return v.asText();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static InvalidInputException invalid(List<FieldError> errors) {
        return new InvalidInputException("invalid subject", errors);
    }
}
