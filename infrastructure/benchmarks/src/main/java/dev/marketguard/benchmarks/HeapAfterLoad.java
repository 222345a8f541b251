package dev.marketguard.benchmarks;

import dev.marketguard.core.screening.Assessment;
import dev.marketguard.screening.ScreeningEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Issue 3's memory bar: heap retained after the engine has loaded, under 64 MiB. Not a JMH
 * benchmark: one JVM, used heap after full GCs before loading (baseline) and after
 * {@code ScreeningEngine.loadDefault()} (dictionary, user dictionary, ruleset, model, priming
 * screen), the engine held strongly; then once more after screening the 2,000-character benchmark
 * posting (per-thread tokenizer buffers warmed by a long text).
 *
 * <pre>
 * java -cp infrastructure/benchmarks/target/benchmarks.jar dev.marketguard.benchmarks.HeapAfterLoad [--hold]
 * </pre>
 * With {@code --hold} it prints {@code READY pid=…} and waits for end of stdin, so that
 * {@code jcmd <pid> GC.class_histogram} can show what the retained heap is made of.
 */
public final class HeapAfterLoad {
    private static final double MIB = 1024.0 * 1024.0;
    public static final double BAR_MIB = 64.0;

    private HeapAfterLoad() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        BenchmarkPosting posting = BenchmarkPosting.build(); // before the baseline: not the engine's
        long baseline = settledHeap(memory);
        long baselineNonHeap = memory.getNonHeapMemoryUsage().getUsed();

        long t0 = System.nanoTime();
        ScreeningEngine engine = ScreeningEngine.loadDefault();
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long afterLoad = settledHeap(memory);
        long afterLoadNonHeap = memory.getNonHeapMemoryUsage().getUsed();

        Assessment verdict = engine.screen(posting.submission("p-heap"));
        long afterScreen = settledHeap(memory);

        MemoryUsage heap = memory.getHeapMemoryUsage();
        double retained = (afterLoad - baseline) / MIB;
        System.out.printf(Locale.ROOT, "jvm: %s %s, gc: %s, max heap %.0f MiB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList(),
                heap.getMax() / MIB);
        System.out.printf(Locale.ROOT, "used heap before load (baseline):      %8.2f MiB%n", baseline / MIB);
        System.out.printf(Locale.ROOT, "used heap after load:                  %8.2f MiB (load took %d ms)%n", afterLoad / MIB, loadMillis);
        System.out.printf(Locale.ROOT, "retained by the loaded engine:         %8.2f MiB  (bar < %.0f MiB: %s)%n",
                retained, BAR_MIB, retained < BAR_MIB ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "retained after screening the posting:  %8.2f MiB  (verdict %s)%n",
                (afterScreen - baseline) / MIB, verdict.decision());
        System.out.printf(Locale.ROOT, "non-heap (metaspace, code) grew by:    %8.2f MiB  (not heap; for information)%n",
                (afterLoadNonHeap - baselineNonHeap) / MIB);

        if (args.length > 0 && args[0].equals("--hold")) {
            System.out.println("READY pid=" + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for end of input
            }
        }
        Reference.reachabilityFence(engine);
    }

    /** Used heap after repeated full collections, once it stops shrinking. */
    static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(50);
            used = memory.getHeapMemoryUsage().getUsed();
            if (i >= 3 && used >= previous) {
                break;
            }
            previous = used;
        }
        return used;
    }
}
