package dev.marketguard.functions.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marketguard.core.category.ViolationCategory;
import dev.marketguard.core.memory.InMemoryMonthlyReportStore;
import dev.marketguard.core.memory.InMemoryReportPublisher;
import dev.marketguard.core.memory.InMemoryViolationLedger;
import dev.marketguard.core.monthly.MonthlyReportPage;
import dev.marketguard.core.monthly.MonthlyReportService;
import dev.marketguard.core.monthly.ReportMetrics;
import dev.marketguard.core.testing.MutableClock;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as a browser draws it: headless Chromium (Debian's package) takes a screenshot, and
 * the bars are found by their fill colour. Without Chromium the test is skipped locally and fails
 * under CI=true (.ci/run installs it).
 */
class MonthlyReportPageChromiumTest {
    private static final int BAR_RGB = Integer.parseInt(MonthlyReportPage.BAR_COLOUR.substring(1), 16);
    private static final Map<ViolationCategory, Long> COUNTS = new EnumMap<>(Map.of(
            ViolationCategory.MULTI_LEVEL_MARKETING, 12L, ViolationCategory.STEALTH_MARKETING, 3L,
            ViolationCategory.DIRECT_TRADING, 20L, ViolationCategory.UNCERTAIN_REWARD, 8L,
            ViolationCategory.UNPAID_SAMPLE_REQUEST, 5L, ViolationCategory.OTHER, 9L));   // EXTERNAL_TERMS_VIOLATION: 0

    /** A bar as found in the screenshot: its first row, height and width in pixels. */
    private record Bar(int top, int height, int width) {
    }

    @Test
    void theChartIsDrawnWithBarsProportionalToTheCounts(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Path page = dir.resolve("report.html");
        Files.writeString(page, servedPage(), StandardCharsets.UTF_8);
        Path screenshot = dir.resolve("report.png");

        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + screenshot, "--window-size=1000,800",
                page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(screenshot).as("screenshot; chromium said: %s", Files.readString(dir.resolve("chromium.log"))).exists();

        List<Bar> bars = bars(ImageIO.read(screenshot.toFile()));

        List<Long> drawn = COUNTS.values().stream().filter(count -> count > 0).toList();   // the notice's order
        assertThat(bars).as("one bar per non-zero category").hasSize(drawn.size());
        long largest = drawn.stream().mapToLong(Long::longValue).max().orElseThrow();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            assertThat(bar.height()).isEqualTo(MonthlyReportPage.BAR_HEIGHT);
            assertThat((double) bar.width()).as("bar %d", i)
                    .isCloseTo(MonthlyReportPage.BAR_AREA_WIDTH * (double) drawn.get(i) / largest, within(1.5));
        }
        // Rows stay in the category order: one row per category, the zero row (external terms) left empty.
        assertThat(bars.get(1).top() - bars.get(0).top()).isEqualTo(2 * MonthlyReportPage.ROW_HEIGHT);
        assertThat(bars.get(2).top() - bars.get(1).top()).isEqualTo(MonthlyReportPage.ROW_HEIGHT);
    }

    /** The HTML the function serves for the month, through the handler and the sample GET event. */
    private static String servedPage() {
        InMemoryViolationLedger ledger = new InMemoryViolationLedger();
        COUNTS.forEach((category, count) -> ledger.setMonthlyCount(YearMonth.of(2018, 12), category, count));
        MonthlyReportHandler handler = new MonthlyReportHandler(new MonthlyReportService(ledger, new InMemoryMonthlyReportStore(),
                new InMemoryReportPublisher(), ReportMetrics.NONE, new MutableClock(OffsetDateTime.parse("2019-01-01T00:10:00+09:00").toInstant())));
        Events.invoke(handler, Events.load("manual.json"));
        JsonNode response = Events.invoke(handler, Events.load("api-get-html.json"));
        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        return response.path("body").asText();
    }

    /** Runs of rows holding the bar colour, top to bottom; a bar's width is its widest row. */
    private static List<Bar> bars(BufferedImage image) {
        List<Bar> bars = new ArrayList<>();
        int top = -1;
        int width = 0;
        for (int y = 0; y <= image.getHeight(); y++) {
            int inRow = 0;
            if (y < image.getHeight()) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (isBarColour(image.getRGB(x, y))) {
                        inRow++;
                    }
                }
            }
            if (inRow > 0) {
                if (top < 0) {
                    top = y;
                }
                width = Math.max(width, inRow);
            } else if (top >= 0) {
                bars.add(new Bar(top, y - top, width));
                top = -1;
                width = 0;
            }
        }
        return bars;
    }

    private static boolean isBarColour(int argb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 0xff) - ((BAR_RGB >> shift) & 0xff)) > 2) {
                return false;
            }
        }
        return true;
    }

    private static Path chromium() {
        Optional<Path> found = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .map(dir -> Path.of(dir, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isEmpty()) {
            String why = "chromium is not installed (apt-get install chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why + "; CI=true, so the page must be checked in a browser");
            }
            Assumptions.abort(why);
        }
        return found.get();
    }
}
