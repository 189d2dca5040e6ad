package org.tawazun.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap during a measured phase: the largest heap occupancy right after a collection (the live data
 * the pipeline holds, plus what survived by chance), the per-pool peaks (an upper bound of the peak heap in use),
 * and the number and time of collections.
 */
final class HeapWatch {
    private final AtomicLong maxAfterGc = new AtomicLong();
    private volatile boolean active;
    private long gcCount0;
    private long gcMillis0;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter em)) continue;
            em.addNotificationListener((n, hb) -> {
                if (!active || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (isHeap(e.getKey())) used += e.getValue().getUsed();
                }
                maxAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(pool)) return p.getType() == MemoryType.HEAP;
        }
        return false;
    }

    void start() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        gcCount0 = gcCount();
        gcMillis0 = gcMillis();
        maxAfterGc.set(0);
        active = true;
    }

    /** Stops watching and returns what was seen. */
    Map<String, Object> stop() {
        active = false;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return Map.of(
                "heap_max_mib", mib(Runtime.getRuntime().maxMemory()),
                "heap_peak_pools_mib", mib(peak),
                "heap_max_after_gc_mib", mib(maxAfterGc.get()),
                "gc_count", gcCount() - gcCount0,
                "gc_ms", gcMillis() - gcMillis0);
    }

    static double mib(long bytes) {
        return Math.round(bytes / 1048576.0 * 10) / 10.0;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionTime());
        return n;
    }
}
