package org.tawazun.coding;

import org.tawazun.ontology.CameoCode;
import org.tawazun.ontology.Ontology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PETRARCH / UniversalPetrarch verb dictionary (CAMEO.2.0.txt, CAMEO.ar.0.5.txt) into Tawazun patterns, so
 * analysts can bring the verb dictionaries they already have as an extra lexicon ({@code --verbs FILE}).
 *
 * <p>Conversion: each {@code --- VERB [code] ---} block gives its verbs (PETRARCH writes lemmas; Arabic lemmas are
 * read as perfect stems, English ones get their regular forms plus the {@code {IRREGULAR FORMS}} listed); the
 * block's own code gives a pattern "verb, then its object as recipient"; each {@code - ... * ... [code]} line gives
 * a pattern with the words before {@code *} on the left of the verb and those after it on the right, gaps of up to
 * three words between the groups, {@code (..)} and {@code {..}} phrases kept together, {@code &SET} synonym sets as
 * word classes, {@code $} as the actor slot and {@code +} as the recipient slot. The CAMEO code is mapped to its
 * PLOVER type and mode through the ontology; codes without a PLOVER type (01x statements) are skipped. Lines that
 * cannot be converted are counted and reported, not fatal: such dictionaries contain errors.
 */
public final class PetrarchVerbs {
    /** What an import produced: patterns in Tawazun's TSV form, plus what was skipped and why. */
    public record Result(List<String[]> classes, List<String[]> patterns, Map<String, Integer> skipped) {
    }

    private final List<String[]> classes = new ArrayList<>();
    private final List<String[]> patterns = new ArrayList<>();
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private final Ontology onto = Ontology.get();
    /** Block header codes waiting for the block's verbs: {line, code}. */
    private final List<Object[]> headers = new ArrayList<>();
    private List<String> verbs = new ArrayList<>();
    private final String name;

    private PetrarchVerbs(String name) {
        this.name = name;
    }

    public static Result read(Path file, String lang) throws IOException {
        PetrarchVerbs r = new PetrarchVerbs(file.getFileName().toString());
        r.parse(Files.readAllLines(file, StandardCharsets.UTF_8), "ar".equals(lang));
        return new Result(r.classes, r.patterns, r.skipped);
    }

    private void parse(List<String> lines, boolean arabic) {
        String set = null;
        boolean inVerbs = false;
        for (int no = 1; no <= lines.size(); no++) {
            String raw = lines.get(no - 1);
            if (raw.contains("VERB PATTERNS")) {
                inVerbs = true;
                set = null;
                continue;
            }
            String line = stripComment(raw).strip();
            if (line.isEmpty()) continue;
            if (!inVerbs) {
                if (line.startsWith("&")) set = className(line.substring(1));
                else if (line.startsWith("+") && set != null) classes.add(new String[]{set, words(line.substring(1), arabic)});
                continue;
            }
            if (line.startsWith("---")) {
                flushHeaders();
                verbs = new ArrayList<>();
                String code = between(line, '[', ']');
                if (code != null && !code.startsWith("---")) headers.add(new Object[]{no, code});
                continue;
            }
            if (line.startsWith("-")) {
                flushHeaders();
                String code = between(line, '[', ']');
                if (code == null || code.startsWith("---")) {
                    count("no code");
                    continue;
                }
                String pattern = convert(line.substring(1, line.indexOf('[')).strip(), verbs, arabic);
                if (pattern == null) {
                    count("cannot convert");
                    continue;
                }
                addPattern(name + ":" + no, code, pattern);
                continue;
            }
            // a verb line of the current block: VERB {FORMS} or an Arabic lemma, possibly with +particle;
            // English phrasal verbs (PLAY_DOWN) are not single words and are left out
            String head = line.split("[\\s{]", 2)[0];
            if (!arabic && (head.contains("_") || head.startsWith("+"))) {
                count("phrasal verb left out");
                continue;
            }
            verbs.add(verbForms(line, arabic));
        }
        flushHeaders();
    }

    /** A block's own code becomes "verb, then its object as recipient" once the block's verbs have been read. */
    private void flushHeaders() {
        for (Object[] h : headers) {
            if (!verbs.isEmpty()) addPattern(name + ":" + h[0], (String) h[1], String.join("|", verbs) + " $R");
        }
        headers.clear();
    }

    private void addPattern(String id, String code, String pattern) {
        String c = code.split(":")[0].strip();
        CameoCode cc = onto.cameo(c);
        if (cc == null) {
            count("unknown CAMEO code");
            return;
        }
        if (cc.ploverType() == null) {
            count("CAMEO code without a PLOVER type (01x)");
            return;
        }
        String mode = cc.ploverMode() != null && onto.hasMode(cc.ploverType(), cc.ploverMode()) ? cc.ploverMode() : "";
        if (onto.mode(cc.ploverType(), null).requiresRecipient() && !pattern.contains("$R")) pattern = pattern + " *4 $R";
        patterns.add(new String[]{"petrarch:" + id, cc.ploverType().name(), mode, c, pattern, cc.context() == null ? "" : cc.context(), ""});
    }

    /** The pattern for a line body such as "* (TO BORDER)" or "&MILITARY *" or "$ * + AID". */
    static String convert(String body, List<String> verbs, boolean arabic) {
        if (verbs.isEmpty() || !body.contains("*")) return null;
        List<String> groups = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '(' || ch == '{') {
                if (depth == 0 && cur.length() > 0) {
                    groups.add(cur.toString().strip());
                    cur.setLength(0);
                }
                depth++;
                continue;
            }
            if (ch == ')' || ch == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    groups.add("(" + cur.toString().strip());
                    cur.setLength(0);
                }
                continue;
            }
            if (depth == 0 && Character.isWhitespace(ch)) {
                if (cur.length() > 0) groups.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(ch);
        }
        if (cur.length() > 0) groups.add(cur.toString().strip());
        List<String> out = new ArrayList<>();
        boolean anchored = false;
        boolean afterPhrase = false;
        for (String g : groups) {
            if (g.isEmpty()) continue;
            String el;
            if (g.equals("*")) {
                el = "^" + String.join("|", verbs);
                anchored = true;
            } else if (g.equals("$")) {
                el = "$A";
            } else if (g.equals("+")) {
                el = "$R";
            } else if (g.startsWith("(")) {
                List<String> ws = new ArrayList<>();
                for (String w : g.substring(1).strip().split("\\s+")) {
                    if (w.isEmpty()) continue;
                    String t = token(w, arabic);
                    if (t == null) return null;
                    ws.add(t);
                }
                if (ws.isEmpty()) continue;
                el = String.join(" ", ws);
            } else {
                el = token(g, arabic);
                if (el == null) return null;
            }
            // PETRARCH lets other words stand between a pattern's parts, but a slot right after a prepositional
            // phrase is that phrase's object: (AT) + is "at $R"
            if (!out.isEmpty() && !(afterPhrase && el.startsWith("$"))) out.add("*3");
            out.add(el);
            afterPhrase = g.startsWith("(");
        }
        if (!anchored) return null;
        return String.join(" ", out);
    }

    private static String token(String w, boolean arabic) {
        if (w.equals("$")) return "$A";
        if (w.equals("+")) return "$R";
        if (w.startsWith("&")) return "@" + className(w.substring(1));
        String s = w.replace("_", "").replace("+", " ").replace('/', '|').strip();
        if (s.isEmpty() || s.contains(" ") || s.chars().anyMatch(ch -> "*$[]{}()~^@&".indexOf(ch) >= 0)) return null;
        return arabic ? s : s.toLowerCase(Locale.ROOT);
    }

    /** Verb forms for one verb line: English base~irregular forms; Arabic lemma as perfect stem (lemma~). */
    private static String verbForms(String v, boolean arabic) {
        String head = v.split("[\\s{]", 2)[0].replace("_", "").strip();
        int plus = head.indexOf('+');
        if (plus > 0) head = head.substring(0, plus); // حقق+في: the particle is left to the pattern
        if (arabic) return head + "~";
        String irregular = between(v, '{', '}');
        String forms = irregular == null ? "" : String.join(",", irregular.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return head.toLowerCase(Locale.ROOT) + "~" + forms;
    }

    private static String words(String s, boolean arabic) {
        String w = s.replace("_", " ").strip();
        return arabic ? w : w.toLowerCase(Locale.ROOT);
    }

    private static String className(String s) {
        return "pt_" + s.replace("_", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String between(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b, i + 1);
        return i >= 0 && j > i ? s.substring(i + 1, j).strip() : null;
    }

    private static String stripComment(String s) {
        int i = s.indexOf('#');
        return i >= 0 ? s.substring(0, i) : s;
    }

    private void count(String k) {
        skipped.merge(k, 1, Integer::sum);
    }
}
