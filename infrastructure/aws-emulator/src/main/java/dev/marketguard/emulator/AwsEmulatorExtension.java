package dev.marketguard.emulator;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * JUnit 5 extension: one emulator for the whole test run ({@code AWS_ENDPOINT_URL} or a started
 * moto server), one stack of template.yaml's resources per test class, handed to tests and
 * lifecycle methods as a {@link DeployedStack} parameter.
 *
 * <p>Without an emulator the tests are skipped, except under {@code CI=true}, where that fails
 * the run: CI must never pass by skipping the emulator tests.
 */
public class AwsEmulatorExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DeployedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) throws ParameterResolutionException {
        return stack(context);
    }

    private static DeployedStack stack(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        String name = classContext.getRequiredTestClass().getSimpleName();
        ClosingStack holder = classContext.getStore(NAMESPACE).getOrComputeIfAbsent("stack",
                key -> new ClosingStack(DeployedStack.deploy(emulator(context).endpoint(), name)), ClosingStack.class);
        return holder.stack;
    }

    private static AwsEmulator emulator(ExtensionContext context) {
        ClosingEmulator holder = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("emulator", key -> new ClosingEmulator(start()), ClosingEmulator.class);
        return holder.emulator;
    }

    private static AwsEmulator start() {
        Optional<AwsEmulator> emulator;
        try {
            emulator = AwsEmulator.attachOrStart();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the AWS emulator: " + e.getMessage(), e);
        }
        if (emulator.isPresent()) {
            return emulator.get();
        }
        String why = "no AWS emulator: set AWS_ENDPOINT_URL (e.g. LocalStack) or install moto server for python3 (pip install \"moto[server]\")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why + "; CI=true, so emulator tests must run");
        }
        throw new TestAbortedException(why);
    }

    private record ClosingEmulator(AwsEmulator emulator) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            emulator.close();
        }
    }

    private record ClosingStack(DeployedStack stack) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
