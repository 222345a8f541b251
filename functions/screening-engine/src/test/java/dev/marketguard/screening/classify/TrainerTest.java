package dev.marketguard.screening.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marketguard.core.category.ViolationCategory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainerTest {

    private static List<Trainer.Example> examples() {
        List<Trainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new Trainer.Example(Set.of("w:権利収入", "w:紹介", "w:仲間", "w:n" + (i % 3)),
                    Set.of(ViolationCategory.MULTI_LEVEL_MARKETING)));
            out.add(new Trainer.Example(Set.of("w:ロゴ", "w:デザイン", "w:納品", "w:n" + (i % 3)), Set.of()));
        }
        return out;
    }

    @Test
    void learnsTheSeparatingFeatures() {
        LinearModel model = Trainer.standard().train(examples(), "t");
        double[] mlm = model.predict(List.of("w:権利収入", "w:紹介", "w:仲間"), 3);
        double[] clean = model.predict(List.of("w:ロゴ", "w:デザイン", "w:納品"), 3);
        int c = ViolationCategory.MULTI_LEVEL_MARKETING.ordinal();
        assertThat(mlm[c]).isGreaterThan(0.8);
        assertThat(clean[c]).isLessThan(0.2);
        assertThat(clean[ViolationCategory.DIRECT_TRADING.ordinal()]).isLessThan(0.05);
    }

    @Test
    void trainingIsReproducibleAndTheModelRoundTrips() throws Exception {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        Trainer.standard().train(examples(), "t").write(a);
        Trainer.standard().train(examples(), "t").write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
        LinearModel read = LinearModel.read(new ByteArrayInputStream(a.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter c = new StringWriter();
        read.write(c);
        assertThat(c.toString()).isEqualTo(a.toString());
    }
}
