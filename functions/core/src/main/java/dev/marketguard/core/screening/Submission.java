package dev.marketguard.core.screening;

import dev.marketguard.core.subject.Subject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Something to screen: a job posting (仕事依頼) or a message. */
public sealed interface Submission permits Submission.Posting, Submission.Message {

    Subject subject();

    /** The user who would be held responsible for a violation. */
    String authorId();

    WorkStyle workStyle();

    /** The free-text fields by name, in a stable order; evidence offsets index into these. */
    Map<String, String> textFields();

    record Posting(String postingId, String clientId, String title, String body,
                   WorkStyle workStyle, Reward reward) implements Submission {
        @Override
        public Subject subject() {
            return Subject.posting(postingId);
        }

        @Override
        public String authorId() {
            return clientId;
        }

        @Override
        public Map<String, String> textFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", title == null ? "" : title);
            fields.put("body", body == null ? "" : body);
            return fields;
        }
    }

    record Message(String messageId, String senderId, String recipientId, String text,
                   Phase phase, WorkStyle workStyle) implements Submission {
        @Override
        public Subject subject() {
            return Subject.message(messageId);
        }

        @Override
        public String authorId() {
            return senderId;
        }

        @Override
        public Map<String, String> textFields() {
            return Map.of("text", text == null ? "" : text);
        }

        /** Contact exchange is allowed once the client has paid into escrow in project mode. */
        public boolean contactExchangeAllowed() {
            return phase == Phase.AFTER_ESCROW && workStyle == WorkStyle.PROJECT;
        }
    }
}
