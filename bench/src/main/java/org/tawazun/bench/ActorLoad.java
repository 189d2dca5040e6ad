package org.tawazun.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.actor.ActorLexicon;
import org.tawazun.pipeline.Pipeline;
import org.tawazun.pipeline.Pipelines;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads the actor data once in a fresh JVM ({@link Main} starts several): the time of
 * {@code ActorLexicon.defaults()} (wall and the loading thread's CPU time) and the heap it retains (heap in use after full collections, with the lexicon
 * held, minus the same before loading), then the time to build the rest of the standard pipeline. Prints one
 * {@code RESULT {json}} line.
 */
public final class ActorLoad {
    private ActorLoad() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        long before = settledHeap(mem);

        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long c0 = tmx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ActorLexicon lexicon = ActorLexicon.defaults();
        long t1 = System.nanoTime();
        long c1 = tmx.getCurrentThreadCpuTime();
        long after = settledHeap(mem);

        long t2 = System.nanoTime();
        Pipeline p = Pipelines.standard();
        long t3 = System.nanoTime();
        long withPipeline = settledHeap(mem);

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("load_s", Throughput.round((t1 - t0) / 1e9, 3));
        // CPU time of the loading thread: what the load costs when the machine is not shared
        r.put("load_cpu_s", Throughput.round((c1 - c0) / 1e9, 3));
        r.put("retained_mib", HeapWatch.mib(after - before));
        r.put("rest_of_pipeline_s", Throughput.round((t3 - t2) / 1e9, 3));
        r.put("pipeline_retained_mib", HeapWatch.mib(withPipeline - before));
        r.put("jvm_start_to_pipeline_s", Throughput.round((System.currentTimeMillis() - jvmStartMillis) / 1e3, 3));
        r.put("forms", lexicon.summary());
        r.put("stages", p.stages().size());
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(r));
    }

    /** Heap in use after collections have stopped freeing anything (at most five). */
    static long settledHeap(MemoryMXBean mem) throws InterruptedException {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            long used = mem.getHeapMemoryUsage().getUsed();
            if (used >= last - 64 * 1024) return used;
            last = used;
        }
        return last;
    }
}
