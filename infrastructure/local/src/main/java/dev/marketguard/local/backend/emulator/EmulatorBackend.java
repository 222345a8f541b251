package dev.marketguard.local.backend.emulator;

import dev.marketguard.aws.lambda.InProcessContext;
import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.emulator.DeployedStack;
import dev.marketguard.emulator.StreamEventSource;
import dev.marketguard.functions.monthly.MonthlyReportHandler;
import dev.marketguard.functions.notifier.SupportNotifierHandler;
import dev.marketguard.functions.reports.ReportApiHandler;
import dev.marketguard.functions.screening.ScreeningApiHandler;
import dev.marketguard.local.backend.Backend;
import dev.marketguard.local.backend.Backends;
import dev.marketguard.local.backend.MonthlyJob;
import dev.marketguard.local.backend.MonthlyReportFunction;
import dev.marketguard.local.http.ApiFunction;
import dev.marketguard.local.streams.StreamPoller;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DynamoDB and SNS at an AWS emulator (LocalStack, moto server): template.yaml's tables, topics
 * and queues in a CloudFormation stack, created on first use and reused after, so data survives
 * restarts. Each handler gets the environment template.yaml gives its function; the notifier is
 * driven from the tables' streams as its event source mappings would drive it.
 */
public final class EmulatorBackend implements Backend {
    /** How often the streams are read; Lambda polls a shard about four times a second. */
    static final long STREAM_POLL_MILLIS = 500;
    private static final String TEMPLATE = "/dev/marketguard/local/backend/template.yaml";

    private final URI endpoint;
    private final DeployedStack stack;
    private final ScreeningApiHandler screenings;
    private final ReportApiHandler reports;
    private final MonthlyReportFunction monthly;
    private final StreamPoller streams;

    private EmulatorBackend(URI endpoint, DeployedStack stack, Map<String, String> process, PrintStream console) {
        this.endpoint = endpoint;
        this.stack = stack;
        this.screenings = new ScreeningApiHandler(environment("PostingScreeningFunction", process));
        this.reports = new ReportApiHandler(environment("ViolationReportIntakeFunction", process));
        this.monthly = new MonthlyReportFunction(new MonthlyReportHandler(environment("MonthlyReportFunction", process)), console);
        SupportNotifierHandler notifier = new SupportNotifierHandler(environment("SupportNotifierFunction", process));
        this.streams = new StreamPoller(event -> notifier.handleRequest(event, InProcessContext.printingTo("SupportNotifierFunction", console)),
                console);
        for (StreamEventSource source : stack.streamEventSources("SupportNotifierFunction")) {
            streams.add(source, stack.tapStream(source.tableLogicalId()));
        }
    }

    public static EmulatorBackend open(URI endpoint, String stackName, Map<String, String> process, PrintStream console) {
        console.println("marketguard: opening stack " + stackName + " at " + endpoint + " (created from template.yaml if missing)");
        return new EmulatorBackend(endpoint, DeployedStack.open(endpoint, stackName, template()), process, console);
    }

    /** The function's template environment; template parameters' variables may be overridden from the process environment. */
    private AwsEnvironment environment(String functionLogicalId, Map<String, String> process) {
        Map<String, String> variables = new LinkedHashMap<>(stack.functionEnvironment(functionLogicalId));
        for (String tunable : Backends.TUNABLE_VARIABLES) {
            if (variables.containsKey(tunable) && process.get(tunable) != null) {
                variables.put(tunable, process.get(tunable));
            }
        }
        return new AwsEnvironment(variables);
    }

    private static String template() {
        try (InputStream in = EmulatorBackend.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("template.yaml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "DynamoDB and SNS at " + endpoint + ", stack " + stack.stackName() + "; notifications to "
                + stack.topicArn("SupportTopic");
    }

    @Override
    public ApiFunction screenings() {
        return screenings::handleRequest;
    }

    @Override
    public ApiFunction reports() {
        return reports::handleRequest;
    }

    @Override
    public ApiFunction monthlyReports() {
        return monthly.api();
    }

    @Override
    public MonthlyJob monthlyJob() {
        return monthly;
    }

    @Override
    public void startNotifications() {
        streams.start(STREAM_POLL_MILLIS);
    }

    @Override
    public void drainNotifications() {
        streams.pollOnce();
    }

    @Override
    public void close() {
        streams.close();
        stack.close();
    }
}
