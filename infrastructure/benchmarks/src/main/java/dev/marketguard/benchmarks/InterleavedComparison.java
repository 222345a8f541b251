package dev.marketguard.benchmarks;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Before/after comparison of engine builds that survives a busy machine: every build's engine
 * (each in its own class loader) and Kuromoji alone screen the {@link BenchmarkPosting} in one JVM,
 * on one thread, round-robin, so load that comes and goes hits all of them alike. Reports thread
 * CPU time and wall time per screening, and the median over rounds of each build's ratio to
 * Kuromoji in the same round. Not the bar's measurement (that is {@link EngineVsKuromojiBenchmark}):
 * switching workloads every few operations keeps caches colder than JMH's steady state, so the
 * ratios read higher than JMH's; compare builds with it, not against the bar.
 *
 * <pre>
 * # each DIR is a source tree whose engine was built for the command-line tools (engine README):
 * #   mvn -q -o -pl functions/screening-engine -am package -DskipTests dependency:build-classpath \
 * #       -Dmdep.outputFile=target/runtime.classpath -DincludeScope=runtime
 * java -DwarmSeconds=90 -cp infrastructure/benchmarks/target/benchmarks.jar \
 *      dev.marketguard.benchmarks.InterleavedComparison ROUNDS OPS_PER_ROUND DIR...
 * </pre>
 */
public final class InterleavedComparison {
    private interface Operation {
        Object run() throws Exception;
    }

    private InterleavedComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: InterleavedComparison ROUNDS OPS_PER_ROUND DIR...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        BenchmarkPosting posting = BenchmarkPosting.build();
        List<String> names = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        for (int a = 2; a < args.length; a++) {
            names.add(args[a]);
            operations.add(engineOf(Path.of(args[a]), posting));
        }
        names.add("kuromoji alone");
        operations.add(kuromojiAlone(posting));

        long warmEnd = System.nanoTime() + Long.getLong("warmSeconds", 60) * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) { // the engine needs tens of seconds of JIT on a busy machine
            for (Operation op : operations) {
                op.run();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int k = operations.size();
        double[][] cpu = new double[k][rounds];
        double[][] wall = new double[k][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < k; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                for (int j = 0; j < perRound; j++) {
                    operations.get(i).run();
                }
                cpu[i][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / perRound;
                wall[i][r] = (System.nanoTime() - w0) / 1e3 / perRound;
            }
        }
        for (int i = 0; i < k; i++) {
            double[] cpuRatio = new double[rounds];
            double[] wallRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                cpuRatio[r] = cpu[i][r] / cpu[k - 1][r];
                wallRatio[r] = wall[i][r] / wall[k - 1][r];
            }
            System.out.printf(Locale.ROOT, "%-40s cpu %6.0f µs/op (fastest round %6.0f)  wall %6.0f µs/op  "
                            + "÷ kuromoji alone: cpu %.2f×, wall %.2f× (medians over %d rounds)%n",
                    names.get(i), median(cpu[i]), Arrays.stream(cpu[i]).min().orElse(0), median(wall[i]),
                    median(cpuRatio), median(wallRatio), rounds);
        }
    }

    /** The engine of one build, loaded by its own class loader (nothing shared with this module's classes). */
    private static Operation engineOf(Path dir, BenchmarkPosting p) throws Exception {
        Path target = dir.resolve("functions/screening-engine/target");
        List<URL> urls = new ArrayList<>();
        urls.add(target.resolve("classes").toUri().toURL());
        for (String entry : Files.readString(target.resolve("runtime.classpath")).trim().split(":")) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Object engine = loader.loadClass("dev.marketguard.screening.ScreeningEngine").getMethod("loadDefault").invoke(null);
        Object reward = loader.loadClass("dev.marketguard.core.screening.Reward").getConstructors()[0]
                .newInstance(constant(loader, "RewardType", BenchmarkPosting.REWARD.type().name()), BenchmarkPosting.REWARD.amount());
        Object submission = loader.loadClass("dev.marketguard.core.screening.Submission$Posting").getConstructors()[0]
                .newInstance("p-bench-1", BenchmarkPosting.CLIENT_ID, p.title(), p.body(), constant(loader, "WorkStyle", "PROJECT"), reward);
        Method screen = engine.getClass().getMethod("screen", loader.loadClass("dev.marketguard.core.screening.Submission"));
        System.out.println("# " + dir + ": " + loader.loadClass("dev.marketguard.core.screening.Assessment")
                .getMethod("decision").invoke(screen.invoke(engine, submission)));
        return () -> screen.invoke(engine, submission);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(ClassLoader loader, String enumName, String constant) throws ClassNotFoundException {
        return Enum.valueOf((Class) loader.loadClass("dev.marketguard.core.screening." + enumName), constant);
    }

    /** As {@link EngineVsKuromojiBenchmark#kuromojiTokenize}: the engine's user dictionary, every token of both fields. */
    private static Operation kuromojiAlone(BenchmarkPosting p) {
        JapaneseTokenizer tokenizer = new JapaneseTokenizer(EngineVsKuromojiBenchmark.engineUserDictionary(), true,
                JapaneseTokenizer.Mode.SEARCH);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        return () -> {
            int chars = 0;
            for (String text : List.of(p.title(), p.body())) {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    chars += offset.endOffset() - offset.startOffset();
                }
                tokenizer.end();
                tokenizer.close();
            }
            return chars;
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
