package dev.marketguard.benchmarks;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

/**
 * A Lambda {@link Context} for in-process invocations whose logger discards everything. The
 * handler still builds its log lines (that cost is part of the handler's overhead); only the
 * write to CloudWatch Logs, which the Lambda runtime does outside the handler, is left out.
 */
public final class DiscardingContext implements Context {
    public static final DiscardingContext INSTANCE = new DiscardingContext();

    private static final LambdaLogger DISCARD = new LambdaLogger() {
        @Override
        public void log(String message) {
        }

        @Override
        public void log(byte[] message) {
        }

        @Override
        public void log(String message, LogLevel level) {
        }

        @Override
        public void log(byte[] message, LogLevel level) {
        }
    };

    private DiscardingContext() {
    }

    @Override
    public String getAwsRequestId() {
        return "benchmark";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/posting-screening";
    }

    @Override
    public String getLogStreamName() {
        return "benchmark";
    }

    @Override
    public String getFunctionName() {
        return "posting-screening";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:ap-northeast-1:123456789012:function:posting-screening";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 2048;
    }

    @Override
    public LambdaLogger getLogger() {
        return DISCARD;
    }
}
