package dev.marketguard.aws.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The Lambda context of a handler invoked in-process (the local server, tests, benchmarks):
 * what the function logs goes to {@code logSink}, a line each, a level-tagged line as "LEVEL message".
 */
public final class InProcessContext implements Context {
    private final String functionName;
    private final String requestId = UUID.randomUUID().toString();
    private final LambdaLogger logger;

    public InProcessContext(String functionName, Consumer<String> logSink) {
        this.functionName = functionName;
        this.logger = new LambdaLogger() {
            @Override
            public void log(String message) {
                logSink.accept(message.stripTrailing());
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }

            @Override
            public void log(String message, LogLevel level) {
                log(level + " " + message);
            }
        };
    }

    /** Log lines printed to {@code out}, prefixed with the function's name. */
    public static InProcessContext printingTo(String functionName, PrintStream out) {
        return new InProcessContext(functionName, line -> out.println("[" + functionName + "] " + line));
    }

    /** Log lines dropped (benchmarks, tests that do not read them). */
    public static InProcessContext discarding(String functionName) {
        return new InProcessContext(functionName, line -> { });
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "in-process";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:local:000000000000:function:" + functionName;
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
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
