package org.tawazun.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summarizes a Java Flight Recorder file of a {@link Throughput} run: of the execution samples taken on the
 * pipeline's worker threads, the share inside each pipeline stage, the methods on top of the stack (self time), and
 * the innermost Tawazun method of each sample (time in a Tawazun method or in the JDK code it calls), and for the
 * hottest top-of-stack methods, the Tawazun methods they were called from.
 */
public final class Profile {
    private static final String STAGES = "org.tawazun.pipeline.Stages$";

    private Profile() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(summarize(Path.of(args[0]), 20));
    }

    static Map<String, Object> summarize(Path jfr, int top) throws IOException {
        Map<String, Integer> stage = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Map<String, Integer>> callers = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedThread t = e.getThread("sampledThread");
            if (t == null || t.getJavaName() == null || !t.getJavaName().startsWith("bench-worker")) continue;
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) continue;
            List<RecordedFrame> frames = st.getFrames();
            total++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            String inner = null;
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith("org.tawazun.") && !type.startsWith("org.tawazun.bench.")) {
                    inner = name(f);
                    break;
                }
            }
            ours.merge(inner == null ? "(outside Tawazun code)" : inner, 1, Integer::sum);
            callers.computeIfAbsent(name(frames.get(0)), k -> new HashMap<>())
                    .merge(inner == null ? "(outside Tawazun code)" : inner, 1, Integer::sum);
            String s = "(outside the stages)";
            for (int i = frames.size() - 1; i >= 0; i--) {
                RecordedFrame f = frames.get(i);
                String type = f.getMethod().getType().getName();
                if (type.startsWith(STAGES) && f.getMethod().getName().equals("process")) {
                    s = type.substring(STAGES.length());
                    break;
                }
            }
            stage.merge(s, 1, Integer::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("samples", total);
        out.put("stages", shares(stage, total, 20));
        List<Map<String, Object>> selfTop = shares(self, total, top);
        // where the hottest JDK frames are called from: "HashMap.getNode: Gazetteer$Node.get 40%, ..."
        for (Map<String, Object> m : selfTop.subList(0, Math.min(5, selfTop.size()))) {
            Map<String, Integer> from = callers.get((String) m.get("name"));
            int n = (Integer) m.get("samples");
            m.put("called_from", shares(from, n, 4));
        }
        out.put("self", selfTop);
        out.put("innermost_tawazun", shares(ours, total, top));
        return out;
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        // a hidden class (a method handle's lambda form, e.g. inside a record's generated equals): no stable name
        int plus = type.indexOf('+');
        if (f.getMethod().isHidden() && plus > 0) type = type.substring(0, plus) + "(hidden)";
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private static List<Map<String, Object>> shares(Map<String, Integer> counts, int total, int top) {
        List<Map.Entry<String, Integer>> es = new ArrayList<>(counts.entrySet());
        es.sort((a, b) -> b.getValue() != a.getValue().intValue() ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : es.subList(0, Math.min(top, es.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getKey());
            m.put("samples", e.getValue());
            m.put("share", Throughput.round(e.getValue() / (double) Math.max(1, total), 3));
            out.add(m);
        }
        return out;
    }
}
