package dev.marketguard.functions.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.aws.api.ApiException;
import dev.marketguard.aws.api.ApiRequests;
import dev.marketguard.aws.api.JsonFields;
import dev.marketguard.core.category.ReportCategory;
import dev.marketguard.core.report.Report;
import dev.marketguard.core.report.ReportSubmission;
import dev.marketguard.core.report.ResolutionOutcome;
import dev.marketguard.core.report.ResolutionRequest;
import dev.marketguard.core.subject.Subject;
import dev.marketguard.core.subject.SubjectType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The two request bodies, checked field by field: every problem is reported at once as a 400. */
final class ReportRequests {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> REPORT_FIELDS = Set.of("reporterId", "target", "category", "detail");
    private static final Set<String> TARGET_FIELDS = Set.of("type", "id");
    private static final Set<String> RESOLUTION_FIELDS = Set.of("outcome", "category", "resolverId", "offenderId");
    private static final String TARGET_TYPES = Arrays.stream(SubjectType.values()).map(SubjectType::code).collect(Collectors.joining(", "));
    private static final String CATEGORIES = Arrays.stream(ReportCategory.values()).map(Enum::name).collect(Collectors.joining(", "));
    private static final String OUTCOMES = Arrays.stream(ResolutionOutcome.values()).map(ResolutionOutcome::code).collect(Collectors.joining(", "));

    private ReportRequests() {
    }

    /** {"reporterId","target":{"type","id"},"category","detail"} plus the optional Idempotency-Key header. */
    static ReportSubmission submission(APIGatewayProxyRequestEvent event) {
        JsonNode body = ApiRequests.jsonObjectBody(event);
        JsonFields fields = new JsonFields();
        fields.rejectUnknown(body, "", REPORT_FIELDS);
        String reporterId = fields.requiredId(body, "", "reporterId");
        Subject target = target(body, fields);
        ReportCategory category = fields.code(body, "", "category", ReportCategory::fromCode, null, CATEGORIES);
        String detail = fields.optionalText(body, "", "detail", Report.MAX_DETAIL_LENGTH, true);
        String idempotencyKey = idempotencyKey(event, fields);
        fields.throwIfInvalid();
        return new ReportSubmission(reporterId, target, category, detail, idempotencyKey);
    }

    /** {"outcome","category","resolverId","offenderId"?} */
    static ResolutionRequest resolution(APIGatewayProxyRequestEvent event) {
        JsonNode body = ApiRequests.jsonObjectBody(event);
        JsonFields fields = new JsonFields();
        fields.rejectUnknown(body, "", RESOLUTION_FIELDS);
        ResolutionOutcome outcome = fields.code(body, "", "outcome", ResolutionOutcome::fromCode, null, OUTCOMES);
        ReportCategory category = optionalCode(body, fields);
        String resolverId = fields.requiredId(body, "", "resolverId");
        String offenderId = body.hasNonNull("offenderId") ? fields.requiredId(body, "", "offenderId") : null;
        fields.throwIfInvalid();
        return new ResolutionRequest(outcome, category, resolverId, offenderId);
    }

    private static Subject target(JsonNode body, JsonFields fields) {
        JsonNode node = body.get("target");
        if (node == null || node.isNull()) {
            fields.reject("target", "required; an object {\"type\",\"id\"}");
            return null;
        }
        JsonNode target = fields.optionalObject(body, "", "target");
        if (target == null) {
            return null;
        }
        fields.rejectUnknown(target, "target.", TARGET_FIELDS);
        SubjectType type = fields.code(target, "target.", "type", SubjectType::fromCode, null, TARGET_TYPES);
        String id = fields.requiredId(target, "target.", "id");
        return type == null || id == null ? null : new Subject(type, id);
    }

    /** category is required for a confirmation (the service says so); here only its value is checked. */
    private static ReportCategory optionalCode(JsonNode body, JsonFields fields) {
        if (!body.hasNonNull("category")) {
            return null;
        }
        return fields.code(body, "", "category", ReportCategory::fromCode, null, CATEGORIES);
    }

    /** Same rules as an id: 1..128 visible characters. It becomes part of a storage key. */
    private static String idempotencyKey(APIGatewayProxyRequestEvent event, JsonFields fields) {
        Optional<String> header = ApiRequests.header(event, IDEMPOTENCY_KEY);
        if (header.isEmpty()) {
            return null;
        }
        String key = header.get();
        if (key.isEmpty() || key.length() > 128 || !key.matches("[\\p{Graph}&&[^\\p{Cntrl}]]+")) {
            fields.reject(IDEMPOTENCY_KEY, "header must be 1 to 128 visible characters without spaces");
            return null;
        }
        return key;
    }

    /** A reportId as this service makes them (a UUID); anything else cannot name a report. */
    static String reportId(String raw) {
        if (raw == null || !raw.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw ApiException.notFound("no such report");
        }
        return raw;
    }
}
