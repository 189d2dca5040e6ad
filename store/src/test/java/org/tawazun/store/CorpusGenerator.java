package org.tawazun.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a seeded corpus of short news briefs (Arabic and English, JSON Lines) for the crash test and the ingest
 * benchmark: each brief has one event sentence built from templates the coder reads (sanctions, accusations,
 * agreements, aid, condemnation between states), a filler sentence and a serial number, so every brief is a
 * distinct article while many report the same dyad and day, as wire copy does.
 */
public final class CorpusGenerator {
    private static final String[][] STATES = {
            {"China", "الصين"}, {"Lithuania", "ليتوانيا"}, {"the United States", "الولايات المتحدة"}, {"Iran", "إيران"},
            {"Turkey", "تركيا"}, {"Greece", "اليونان"}, {"Japan", "اليابان"}, {"India", "الهند"}, {"Germany", "ألمانيا"},
            {"Ukraine", "أوكرانيا"}, {"France", "فرنسا"}, {"Russia", "روسيا"}, {"Egypt", "مصر"}, {"Ethiopia", "إثيوبيا"}};
    private static final String[][] TEMPLATES = {
            {"%s imposed sanctions on %s.", "فرضت %s عقوبات على %s."},
            {"%s accused %s of violating its airspace.", "اتهمت %s %s بانتهاك مجالها الجوي."},
            {"%s signed an agreement with %s.", "وقعت %s اتفاقية مع %s."},
            {"%s sent humanitarian aid to %s.", "أرسلت %s مساعدات إنسانية إلى %s."},
            {"%s condemned %s.", "أدانت %s %s."}};
    private static final String[] FILLER = {"Officials said more talks would follow next week.", "وقال مسؤول إن المحادثات ستستمر الأسبوع المقبل."};
    private static final JsonFactory JSON = new JsonFactory();

    private CorpusGenerator() {
    }

    /** One brief as a JSON Lines record. */
    public static String brief(Random r, int serial) {
        int lang = r.nextInt(3) == 0 ? 0 : 1; // two thirds Arabic
        int a = r.nextInt(STATES.length);
        int b = (a + 1 + r.nextInt(STATES.length - 1)) % STATES.length;
        String[] t = TEMPLATES[r.nextInt(TEMPLATES.length)];
        String sentence = String.format(t[lang], STATES[a][lang], STATES[b][lang]);
        if (lang == 0) sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        String text = sentence + " " + FILLER[lang] + (lang == 0 ? " Report number " + serial + "." : " رقم التقرير " + serial + ".");
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(730));
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", "brief-" + serial);
            g.writeStringField("lang", lang == 0 ? "en" : "ar");
            g.writeStringField("date", date.toString());
            g.writeStringField("url", "https://outlet" + r.nextInt(40) + ".example/news/" + serial);
            g.writeStringField("text", text);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes {@code n} briefs into {@code files} JSON Lines files under {@code dir}; returns the files. */
    public static List<Path> write(Path dir, int n, int files, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        List<Path> out = new ArrayList<>();
        int per = (n + files - 1) / files;
        int serial = 0;
        for (int f = 0; f < files && serial < n; f++) {
            Path p = dir.resolve(String.format("briefs-%03d.jsonl", f));
            try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                for (int i = 0; i < per && serial < n; i++) {
                    w.write(brief(r, ++serial));
                    w.write('\n');
                }
            }
            out.add(p);
        }
        return out;
    }
}
