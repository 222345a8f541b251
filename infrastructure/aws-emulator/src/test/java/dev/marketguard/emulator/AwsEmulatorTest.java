package dev.marketguard.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsEmulatorTest {

    @Test
    void aStartedMotoServerLeavesNoFilesBehind() throws Exception {
        Optional<AwsEmulator> started = AwsEmulator.attachOrStart();
        assumeTrue(started.isPresent() && !started.get().scratchFiles().isEmpty(), "no moto server started here");
        List<Path> files;
        try (AwsEmulator emulator = started.get()) {
            files = emulator.scratchFiles();
            assertThat(files).hasSize(2).allMatch(Files::exists);
        }
        assertThat(files).noneMatch(Files::exists);
    }
}
