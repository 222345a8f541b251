package dev.marketguard.functions.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.aws.config.AwsEnvironment;
import dev.marketguard.core.screening.FakeScreener;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void withoutSnapStartTheEngineIsPrimedAtInit() {
        FakeScreener engine = new FakeScreener();

        SnapStartPriming.primeOrRegister(engine, new AwsEnvironment(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")));

        assertThat(engine.calls()).isEqualTo(1);
    }

    @Test
    void underSnapStartTheEngineIsPrimedBeforeTheCheckpoint() {
        FakeScreener engine = new FakeScreener();

        SnapStartPriming priming = SnapStartPriming.primeOrRegister(engine,
                new AwsEnvironment(Map.of("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")));
        assertThat(engine.calls()).isZero();

        priming.beforeCheckpoint(null);
        assertThat(engine.calls()).isEqualTo(1);
    }
}
