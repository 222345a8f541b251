package dev.marketguard.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting CPU time per operation next to the wall-clock score:
 * {@code cpu.worker} (CPU time of the benchmark's worker threads) and {@code cpu.process}
 * (CPU time of the whole benchmark JVM: workers plus GC and JIT threads), both in µs/op.
 *
 * <p>Why: this 2-core machine is shared with teammates' builds. Under such load the wall-clock
 * score includes time spent waiting for a CPU and swings by ±50–100% between iterations, while a
 * thread's CPU time counts only what it ran. Ratios of CPU times are the load-robust check;
 * the wall-clock score remains the primary JMH figure. Use: {@code -prof dev.marketguard.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workerCpuBefore = Map.of();
    private long processCpuBefore;

    public CpuTimeProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("thread CPU time is not supported on this JVM");
        }
        threads.setThreadCpuTimeEnabled(true);
    }

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark worker threads and the whole JVM (load-robust next to wall clock)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerCpuBefore = workerCpu();
        processCpuBefore = os.getProcessCpuTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                  IterationResult result) {
        long processCpu = os.getProcessCpuTime() - processCpuBefore;
        long workerCpu = 0;
        for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
            workerCpu += e.getValue() - workerCpuBefore.getOrDefault(e.getKey(), 0L); // a new worker started at 0
        }
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.worker", workerCpu / 1_000.0 / ops, "us/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process", processCpu / 1_000.0 / ops, "us/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                if (t >= 0) {
                    cpu.put(info.getThreadId(), t);
                }
            }
        }
        return cpu;
    }
}
