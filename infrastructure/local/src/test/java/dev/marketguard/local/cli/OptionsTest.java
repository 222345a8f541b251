package dev.marketguard.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static Options parse(String... args) throws UsageException {
        return Options.parse(List.of(args), Set.of("port", "host"), Set.of("demo"));
    }

    @Test
    void readsSpacedAndEqualsFormsAndSwitches() throws UsageException {
        Options options = parse("--port", "8080", "--host=0.0.0.0", "--demo");
        assertThat(options.port("port", 3000)).isEqualTo(8080);
        assertThat(options.value("host")).contains("0.0.0.0");
        assertThat(options.has("demo")).isTrue();
        assertThat(options.help()).isFalse();
    }

    @Test
    void defaultsApplyWhenAbsent() throws UsageException {
        Options options = parse();
        assertThat(options.port("port", 3000)).isEqualTo(3000);
        assertThat(options.value("host")).isEmpty();
        assertThat(options.has("demo")).isFalse();
    }

    @Test
    void helpIsRecognisedInBothSpellings() throws UsageException {
        assertThat(parse("-h").help()).isTrue();
        assertThat(parse("--demo", "--help").help()).isTrue();
    }

    @Test
    void rejectsWhatIsNotDeclared() {
        assertThatThrownBy(() -> parse("--prot", "3000")).isInstanceOf(UsageException.class).hasMessage("unknown option --prot");
        assertThatThrownBy(() -> parse("serve")).isInstanceOf(UsageException.class).hasMessage("unexpected argument 'serve'");
        assertThatThrownBy(() -> parse("--port")).isInstanceOf(UsageException.class).hasMessage("--port needs a value");
        assertThatThrownBy(() -> parse("--port", "--demo")).isInstanceOf(UsageException.class).hasMessage("--port needs a value");
        assertThatThrownBy(() -> parse("--demo=yes")).isInstanceOf(UsageException.class).hasMessage("--demo takes no value");
        assertThatThrownBy(() -> parse("--port", "1", "--port", "2")).isInstanceOf(UsageException.class).hasMessage("--port is given twice");
    }

    @Test
    void rejectsPortsOutsideTheRange() throws UsageException {
        assertThatThrownBy(() -> parse("--port", "65536").port("port", 3000))
                .isInstanceOf(UsageException.class).hasMessageContaining("a port number from 0 to 65535, not '65536'");
        assertThatThrownBy(() -> parse("--port", "-1").port("port", 3000)).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse("--port=abc").port("port", 3000)).isInstanceOf(UsageException.class);
        assertThat(parse("--port", "0").port("port", 3000)).isZero();
    }
}
