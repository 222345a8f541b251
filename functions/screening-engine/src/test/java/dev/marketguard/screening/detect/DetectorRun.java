package dev.marketguard.screening.detect;

import dev.marketguard.core.screening.Phase;
import dev.marketguard.core.screening.Submission;
import dev.marketguard.core.screening.WorkStyle;
import dev.marketguard.screening.TestEngine;
import java.util.List;

/** One detector on a before-contract message, analysed as the engine does; shared by the detector tests. */
final class DetectorRun {
    private DetectorRun() {
    }

    static List<Finding> run(Detector detector, String text) {
        Submission s = new Submission.Message("m", "s", "r", text, Phase.BEFORE_CONTRACT, WorkStyle.PROJECT);
        FindingSink sink = new FindingSink();
        detector.detect(TestEngine.get().analyze(s), sink);
        return sink.findings();
    }

    /** The original text each finding points at. */
    static List<String> evidence(String original, List<Finding> findings) {
        return findings.stream().map(f -> original.substring(f.start(), f.end())).toList();
    }
}
