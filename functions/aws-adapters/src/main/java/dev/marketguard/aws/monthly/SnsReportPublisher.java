package dev.marketguard.aws.monthly;

import dev.marketguard.core.calendar.JstCalendar;
import dev.marketguard.core.monthly.MonthlyReport;
import dev.marketguard.core.monthly.ReportPublisher;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes a month to MonthlyReportTopic: the message is the report's JSON (as the API serves
 * it), with the message attribute {@code month} for subscription filters. {@code countsDigest}
 * rides along so a subscriber can drop a repeat (delivery is at least once).
 */
public class SnsReportPublisher implements ReportPublisher {
    private final SnsClient sns;
    private final String topicArn;

    public SnsReportPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(MonthlyReport report) {
        String month = JstCalendar.format(report.month());
        sns.publish(p -> p.topicArn(topicArn)
                // An ASCII subject reads the same in every protocol (e-mail, SQS); the Japanese heading is in the message.
                .subject("marketguard monthly violation breakdown " + month)
                .message(MonthlyReportJson.toJson(report).toString())
                .messageAttributes(Map.of(
                        "month", string(month),
                        "countsDigest", string(report.countsDigest()))));
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
