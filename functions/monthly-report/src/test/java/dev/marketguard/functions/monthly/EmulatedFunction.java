package dev.marketguard.functions.monthly;

import dev.marketguard.aws.dynamodb.DynamoDbViolationLedger;
import dev.marketguard.aws.monthly.DynamoDbMonthlyReportStore;
import dev.marketguard.aws.monthly.SnsReportPublisher;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.monthly.ReportMetrics;
import dev.marketguard.emulator.DeployedStack;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** The function on a deployed stack, with every DynamoDB and SNS request it sends recorded. */
final class EmulatedFunction {
    final RequestCounter requests = new RequestCounter();
    final DynamoDbViolationLedger ledger;
    final MonthlyReportHandler handler;

    EmulatedFunction(DeployedStack stack, Clock clock) {
        DynamoDbClient dynamoDb = stack.configure(DynamoDbClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(requests)).build();
        SnsClient sns = stack.configure(SnsClient.builder())
                .overrideConfiguration(c -> c.addExecutionInterceptor(requests)).build();
        ledger = new DynamoDbViolationLedger(dynamoDb, stack.tableName("ViolationsTable"));
        handler = new MonthlyReportHandler(new MonthlyReportService(ledger,
                new DynamoDbMonthlyReportStore(dynamoDb, stack.tableName("MonthlyReportsTable")),
                new SnsReportPublisher(sns, stack.topicArn("MonthlyReportTopic")), ReportMetrics.NONE, clock));
    }
}
