package org.tawazun.actor;

import org.tawazun.text.Normalizer;
import org.tawazun.text.Token;
import org.tawazun.text.Tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the actor and agent dictionaries analysts already have, in the PETRARCH / TABARI format (the English
 * Phoenix dictionaries and the Arabic Universal-PETRARCH ones), and adds what survives curation to a gazetteer.
 * <pre>
 * VLADIMIR_PUTIN_  # comment           an actor: forms joined by _, then + synonyms, then its codes
 * +PUTIN_
 * 	[RUSGOV 991231-080507]            a dated role (yymmdd or yyyymmdd; &gt;date from, &lt;date until)
 * 	[RUSELI]                          the code outside every role (ours: ELI with the last role's state)
 * غزة  [PSE]                            a fixed code on the entry line
 * POLICE!PERSON!  [~COP]                 an agent; !SET! substitution sets; {PLURALS} or {} for none
 * </pre>
 * Curation, because such files contain errors: codes must name an ISO 3166-1 state (legacy CAMEO codes such as
 * TMP or KSV are mapped), a region, a known organization (IGO...; IMG groups and NGOs get the organization codes
 * IMG and NGO) or a known sector; a role whose end precedes its
 * start loses its end; historical states (USR, YUG, DDR) are rejected; forms the shipped gazetteer already has are
 * left to the curated entry (so an imported "رئيس [~BUS]" cannot override رئيس = GOV); a person whose name matches
 * someone in people.tsv keeps the curated roles. Every rejected line is reported with its number and reason.
 * Arabic entries are lemma-like (وزارة_دفاع_أميركي): each also yields its definite forms (وزارة الدفاع الأميركية)
 * and, after a feminine head, the feminine of its adjectives.
 */
public final class PetrarchDictionary {
    /** What an import did: lines read, forms added, people added, forms left to the curated data, and rejections. */
    public record Report(String file, String lang, int entries, int forms, int people, int known, List<String> rejected) {
        public String summary() {
            return String.format("%s (%s): %d entries, %d forms added, %d people, %d forms already curated, %d lines rejected%s",
                    file, lang, entries, forms, people, known, rejected.size(),
                    rejected.isEmpty() ? "" : " (first: " + rejected.get(0) + ")");
        }
    }

    /** A person read from an actor dictionary: forms and dated roles. */
    record ImportedPerson(String id, String name, List<People.Role> roles) {
    }

    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "SPY", "BUS", "MED",
            "CVL", "REL", "EDU", "HLH", "REF", "LAB", "AGR", "ELI", "CRM", "DEV", "ENV", "HRI", "NGO", "MOD", "RAD", "UAF",
            "INS", "SET", "IGO");
    private static final Set<String> RELIGIONS = Set.of("MUS", "CHR", "JEW", "BUD", "HIN", "SIK", "CTH", "PRO", "ORT",
            "SHI", "SUN", "MAR", "ZRO", "DOX", "JAN", "TAO", "SHN", "BAH");
    private static final Map<String, String> LEGACY = Map.of("TMP", "TLS", "KSV", "XKX", "ROM", "ROU", "ZAR", "COD",
            "JAP", "JPN", "ITL", "ITA", "SRP", "SRB", "FRN", "FRA");
    private static final Set<String> HISTORICAL = Set.of("USR", "YUG", "DDR", "CSK", "SUN", "SCG", "FRY");
    private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("EUR", "EUR"), Map.entry("WEU", "EUR"),
            Map.entry("EEU", "EUR"), Map.entry("AFR", "AFR"), Map.entry("EAF", "AFR"), Map.entry("WAF", "AFR"),
            Map.entry("NAF", "AFR"), Map.entry("SAF", "AFR"), Map.entry("CFR", "AFR"), Map.entry("ASA", "ASA"),
            Map.entry("SEA", "ASA"), Map.entry("SAS", "ASA"), Map.entry("CAS", "ASA"), Map.entry("MEA", "MEA"),
            Map.entry("WST", "WST"));
    /** CAMEO's three-letter organization chunks (IGOUNOIAE, IGOMEAARL) and the organization codes we use. */
    private static final Map<String, String> ORGS = Map.ofEntries(Map.entry("UNO", "UN"), Map.entry("EEC", "EU"),
            Map.entry("NAT", "NATO"), Map.entry("WBK", "WB"), Map.entry("IAE", "IAEA"), Map.entry("WHO", "WHO"),
            Map.entry("KID", "UNICEF"), Map.entry("HCR", "UNHCR"), Map.entry("FAO", "FAO"), Map.entry("ILO", "ILO"),
            Map.entry("ASN", "ASEAN"), Map.entry("OPC", "OPEC"), Map.entry("AFU", "AU"), Map.entry("OAU", "AU"),
            Map.entry("IMF", "IMF"), Map.entry("OAS", "OAS"), Map.entry("ARL", "ARL"), Map.entry("ICC", "ICC"),
            Map.entry("ICJ", "ICJ"), Map.entry("WAS", "ECOWAS"), Map.entry("WTO", "WTO"), Map.entry("OIC", "OIC"),
            Map.entry("MOS", "OIC"), Map.entry("WFP", "WFP"), Map.entry("ITP", "INTERPOL"), Map.entry("CIS", "CIS"),
            Map.entry("GCC", "GCC"), Map.entry("CAS", "SCO"), Map.entry("HCH", "UN"), Map.entry("OSC", "OSCE"));
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern ROLE = Pattern.compile("~?([A-Z]+)\\s*(?:([<>])?(\\d{6}|\\d{8})?(?:-(\\d{6}|\\d{8}))?)?");

    private final String lang;
    private final String file;
    private final List<String> rejected = new ArrayList<>();
    private final Set<String> isoCodes;

    private PetrarchDictionary(String file, String lang) {
        this.file = file;
        this.lang = lang;
        this.isoCodes = isoCodes();
    }

    /** Every ISO 3166-1 alpha-3 code the JDK knows, and XKX (Kosovo, the user-assigned code the project uses). */
    static Set<String> isoCodes() {
        Set<String> out = new java.util.HashSet<>();
        for (String a2 : Locale.getISOCountries()) {
            try {
                String a3 = new Locale("", a2).getISO3Country();
                if (!a3.isEmpty()) out.add(a3);
            } catch (MissingResourceException e) {
                // no alpha-3 code: skip
            }
        }
        out.add("XKX");
        return out;
    }

    /** "ar" when the file's names are in Arabic script, else "en". */
    static String detectLang(List<String> lines) {
        for (String l : lines) {
            if (l.startsWith("#")) continue;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c >= '\u0600' && c <= '\u06FF') return "ar";
                if (Character.isLetter(c)) return "en";
            }
        }
        return "en";
    }

    static List<String> read(Path p) throws IOException {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(p + ": not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(p + ": no such file");
        }
    }

    // ------------------------------------------------------------------ actors

    private record Block(int line, List<String> names, List<String> codes) {
    }

    /**
     * Reads an actor dictionary: fixed-code actors become country, organization, region or agent forms; actors with
     * dated roles become people (added to {@code people}).
     */
    static Report importActors(Path path, Map<String, Gazetteer> gazetteers, People curated, List<ImportedPerson> people)
            throws IOException {
        List<String> lines = read(path);
        String lang = detectLang(lines);
        PetrarchDictionary d = new PetrarchDictionary(path.toString(), lang);
        return d.actors(lines, gazetteers.get(lang), curated, people);
    }

    private Report actors(List<String> lines, Gazetteer g, People curated, List<ImportedPerson> people) {
        List<Block> blocks = new ArrayList<>();
        Block cur = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String s = stripComment(raw).trim();
            if (s.isEmpty()) continue;
            if (s.startsWith("[")) {
                if (cur == null) {
                    reject(i + 1, "a code line before any name");
                    continue;
                }
                Matcher m = CODE.matcher(s);
                while (m.find()) cur.codes.add(m.group(1).trim() + "@" + (i + 1));
            } else if (s.startsWith("+")) {
                if (cur == null) {
                    reject(i + 1, "a synonym before any name");
                    continue;
                }
                String name = name(s.substring(1));
                if (!name.isEmpty()) cur.names.add(name);
            } else {
                int b = s.indexOf('[');
                cur = new Block(i + 1, new ArrayList<>(), new ArrayList<>());
                blocks.add(cur);
                String name = name(b < 0 ? s : s.substring(0, b));
                if (!name.isEmpty()) cur.names.add(name);
                if (b >= 0) {
                    Matcher m = CODE.matcher(s.substring(b));
                    while (m.find()) cur.codes.add(m.group(1).trim() + "@" + (i + 1));
                }
            }
        }
        int forms = 0, known = 0, persons = 0;
        for (Block bl : blocks) {
            if (bl.names.isEmpty()) {
                reject(bl.line, "no name");
                continue;
            }
            if (bl.codes.isEmpty()) {
                reject(bl.line, "no code for " + bl.names.get(0));
                continue;
            }
            List<People.Role> roles = new ArrayList<>();
            String fixed = null;
            int fixedLine = bl.line;
            for (String cl : bl.codes) {
                int at = cl.lastIndexOf('@');
                String code = cl.substring(0, at);
                int line = Integer.parseInt(cl.substring(at + 1));
                if (code.isEmpty() || code.equals("---")) continue;
                Matcher m = ROLE.matcher(code);
                if (!m.matches()) {
                    reject(line, "unreadable code [" + code + "]");
                    continue;
                }
                boolean dated = m.group(3) != null || m.group(4) != null;
                if (!dated) {
                    if (fixed == null) {
                        fixed = m.group(1);
                        fixedLine = line;
                    }
                    continue;
                }
                People.Role r = role(m, line);
                if (r != null && !"ELI".equals(r.sector())) roles.add(r);
            }
            if (!roles.isEmpty()) {
                String id = curatedId(curated, bl.names);
                if (id == null) {
                    id = "import:" + slug(bl.names.get(0));
                    roles.sort((a, b) -> a.start().compareTo(b.start()));
                    people.add(new ImportedPerson(id, bl.names.get(0), roles));
                    persons++;
                }
                for (String n : bl.names) {
                    int added = add(g, n, new GazetteerEntry(EntryKind.PERSON, id, null, '?', title(bl.names.get(0)), false, false, n,
                            file + ":" + bl.line), false);
                    if (added < 0) known++;
                    else forms += added;
                }
                continue;
            }
            if (fixed == null) {
                reject(bl.line, "only roles outside office for " + bl.names.get(0));
                continue;
            }
            GazetteerEntry e = entry(fixed, fixedLine, bl.names.get(0));
            if (e == null) continue;
            for (String n : bl.names) {
                GazetteerEntry en = new GazetteerEntry(e.kind(), e.code(), e.sector(), e.gender(), e.name(), false, false, n, e.origin());
                int added = add(g, n, en, true);
                if (added < 0) known++;
                else forms += added;
            }
        }
        return new Report(file, lang, blocks.size(), forms, persons, known, List.copyOf(rejected));
    }

    /** A fixed actor code as a gazetteer entry, or null (rejected). */
    private GazetteerEntry entry(String code, int line, String name) {
        String origin = file + ":" + line;
        List<String> chunks = chunks(code);
        if (chunks.isEmpty()) {
            reject(line, "unreadable code [" + code + "]");
            return null;
        }
        String first = chunks.get(0);
        if (first.equals("IGO")) {
            String org = null;
            for (int i = chunks.size() - 1; i >= 1 && org == null; i--) org = ORGS.get(chunks.get(i));
            if (org == null) org = "IGO";
            return new GazetteerEntry(EntryKind.ORG, org, sector(chunks, 1), '?', title(name), false, false, name, origin);
        }
        if (first.equals("IMG")) {
            // a transnational militant group with no state of its own (CAMEO IMG): an organization code "IMG"
            String sector = sector(chunks, 1);
            return new GazetteerEntry(EntryKind.ORG, "IMG", sector == null ? "REB" : sector, '?', title(name), false, false, name, origin);
        }
        if (first.equals("NGO")) {
            String org = chunks.contains("IRC") ? "ICRC" : "NGO";
            return new GazetteerEntry(EntryKind.ORG, org, "NGO", '?', title(name), false, false, name, origin);
        }
        if (SECTORS.contains(first) || RELIGIONS.contains(first)) {
            return new GazetteerEntry(EntryKind.AGENT, null, sector(chunks, 0), '?', null, false, false, name, origin);
        }
        String state = state(first, line);
        if (state == null) return null;
        if (REGIONS.containsValue(state) && !isoCodes.contains(state)) {
            return new GazetteerEntry(EntryKind.REGION, state, null, '?', title(name), false, false, name, origin);
        }
        String sector = sector(chunks, 1);
        // a state's name alone is a country; with a sector it is an organ of the state (like the Pentagon)
        return new GazetteerEntry(sector == null ? EntryKind.COUNTRY : EntryKind.CAPITAL, state, sector, '?', null, false, false, name, origin);
    }

    private String state(String first, int line) {
        String c = LEGACY.getOrDefault(first, first);
        if (isoCodes.contains(c)) return c;
        if (REGIONS.containsKey(c)) return REGIONS.get(c);
        if (HISTORICAL.contains(c)) reject(line, "historical state code " + c);
        else reject(line, "unknown code " + c);
        return null;
    }

    private static String sector(List<String> chunks, int from) {
        for (int i = from; i < chunks.size(); i++) {
            String c = chunks.get(i);
            if (SECTORS.contains(c)) return c;
            if (RELIGIONS.contains(c)) return "REL";
        }
        return null;
    }

    private static List<String> chunks(String code) {
        List<String> out = new ArrayList<>();
        String c = code.startsWith("~") ? code.substring(1) : code;
        if (c.length() % 3 != 0 || !c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')) return out;
        for (int i = 0; i + 3 <= c.length(); i += 3) out.add(c.substring(i, i + 3));
        return out;
    }

    /** A dated role line, or null (rejected). */
    private People.Role role(Matcher m, int line) {
        List<String> chunks = chunks(m.group(1));
        if (chunks.isEmpty()) {
            reject(line, "unreadable code [" + m.group(1) + "]");
            return null;
        }
        String first = chunks.get(0);
        String country;
        String sector;
        if (first.equals("IGO")) {
            String org = null;
            for (int i = chunks.size() - 1; i >= 1 && org == null; i--) org = ORGS.get(chunks.get(i));
            if (org == null || !People.ORG_CODES.contains(org)) {
                reject(line, "organization code " + m.group(1) + " not known");
                return null;
            }
            country = org;
            sector = sector(chunks, 1);
            if (sector == null) sector = "GOV";
        } else {
            country = state(first, line);
            if (country == null) return null;
            sector = sector(chunks, 1);
        }
        LocalDate from = null, to = null;
        String op = m.group(2);
        if (m.group(3) != null) {
            LocalDate d = date(m.group(3), line);
            if (d == null) return null;
            if ("<".equals(op)) to = d;
            else from = d;
        }
        if (m.group(4) != null) {
            to = date(m.group(4), line);
            if (to == null) return null;
        }
        if (from == null) from = LocalDate.of(1900, 1, 1);
        if (to != null && to.isBefore(from)) {
            reject(line, "end " + to + " before start " + from + ": kept without an end");
            to = null;
        }
        return new People.Role(country, sector, from, to, "imported");
    }

    /** yymmdd (a two-digit year after this year's is 19yy) or yyyymmdd. */
    private LocalDate date(String s, int line) {
        try {
            if (s.length() == 8) return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
            int yy = Integer.parseInt(s.substring(0, 2));
            int now = LocalDate.now().getYear() % 100;
            int year = yy <= now ? 2000 + yy : 1900 + yy;
            return LocalDate.of(year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            reject(line, "bad date " + s);
            return null;
        }
    }

    // ------------------------------------------------------------------ agents

    /** Reads an agent dictionary ({@code FORM [~SECTOR]}) into sector nouns. */
    static Report importAgents(Path path, Map<String, Gazetteer> gazetteers) throws IOException {
        List<String> lines = read(path);
        String lang = detectLang(lines);
        PetrarchDictionary d = new PetrarchDictionary(path.toString(), lang);
        return d.agents(lines, gazetteers.get(lang));
    }

    private Report agents(List<String> lines, Gazetteer g) {
        Map<String, List<String>> sets = new HashMap<>();
        int entries = 0, forms = 0, known = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = stripComment(lines.get(i)).trim();
            if (s.isEmpty()) continue;
            if (s.startsWith("!") && s.contains("=")) {
                int eq = s.indexOf('=');
                List<String> vals = new ArrayList<>();
                for (String v : s.substring(eq + 1).split(",")) if (!v.isBlank()) vals.add(v.trim());
                sets.put(s.substring(0, eq).trim(), vals);
                continue;
            }
            int b = s.indexOf('[');
            if (b < 0) {
                reject(i + 1, "no [~SECTOR] code");
                continue;
            }
            Matcher cm = CODE.matcher(s.substring(b));
            if (!cm.find()) {
                reject(i + 1, "no [~SECTOR] code");
                continue;
            }
            String code = cm.group(1).trim();
            List<String> chunks = chunks(code);
            String sector = code.startsWith("~") ? sector(chunks, 0) : null;
            if (sector == null) {
                reject(i + 1, "not a sector code [" + code + "]");
                continue;
            }
            entries++;
            String head = s.substring(0, b).trim();
            List<String> plurals = null;
            int br = head.indexOf('{');
            if (br >= 0) {
                int close = head.indexOf('}', br);
                String inside = close < 0 ? head.substring(br + 1) : head.substring(br + 1, close);
                plurals = new ArrayList<>();
                for (String p : inside.split("[,\\s]+")) if (!p.isBlank()) plurals.add(p);
                head = head.substring(0, br).trim();
            }
            Set<String> names = new LinkedHashSet<>(expand(head, sets));
            if ("en".equals(lang)) {
                if (plurals == null) for (String n : new ArrayList<>(names)) names.add(plural(n));
                else for (String p : plurals) names.addAll(expand(p, sets));
            }
            for (String n : names) {
                String form = name(n);
                if (form.isEmpty()) continue;
                int added = add(g, form, new GazetteerEntry(EntryKind.AGENT, null, sector, '?', form, false, false, form, file + ":" + (i + 1)), true);
                if (added < 0) known++;
                else forms += added;
            }
        }
        return new Report(file, lang, entries, forms, 0, known, List.copyOf(rejected));
    }

    /** Expands !SET! substitution sets: FOREIGN_!MINIST! → FOREIGN_MINISTER, FOREIGN_MINISTRY, ... */
    private static List<String> expand(String s, Map<String, List<String>> sets) {
        int a = s.indexOf('!');
        int b = a < 0 ? -1 : s.indexOf('!', a + 1);
        if (b < 0) return List.of(s);
        List<String> vals = sets.get(s.substring(a, b + 1));
        if (vals == null) return List.of(s.substring(0, a) + s.substring(b + 1));
        List<String> out = new ArrayList<>();
        for (String v : vals) out.addAll(expand(s.substring(0, a) + v + s.substring(b + 1), sets));
        return out;
    }

    /** PETRARCH 0.5 makes regular English plurals itself: soldier → soldiers, militia → militias, party → parties. */
    static String plural(String n) {
        String t = n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
        String low = t.toLowerCase(Locale.ROOT);
        if (low.endsWith("s") || low.endsWith("x") || low.endsWith("ch") || low.endsWith("sh")) return t + "ES";
        if (low.endsWith("y") && low.length() > 1 && "aeiou".indexOf(low.charAt(low.length() - 2)) < 0) return t.substring(0, t.length() - 1) + "IES";
        if (low.endsWith("man")) return t.substring(0, t.length() - 3) + (Character.isUpperCase(t.charAt(t.length() - 1)) ? "MEN" : "men");
        return t + "S";
    }

    // ------------------------------------------------------------------ forms

    /**
     * Adds the forms of one name: English as written (matching ignores case); Arabic as written and, for lemma-like
     * phrases that are not people, with the article on the words after the first (وزارة الدفاع الأميركي) and on
     * every word, with adjectives after a feminine head made feminine (وزارة الدفاع الأميركية). Returns the number of
     * forms added, or -1 when the shipped gazetteer already has the name (the curated entry stays alone).
     */
    private int add(Gazetteer g, String name, GazetteerEntry e, boolean inflect) {
        if (tooCommon(name)) {
            return 0;
        }
        List<String> forms = new ArrayList<>();
        forms.add(name);
        if ("ar".equals(lang) && inflect) forms.addAll(arabicForms(name));
        if (g.has(name)) return -1;
        int n = 0;
        for (String f : forms) {
            if (g.has(f)) continue;
            g.add(f, new GazetteerEntry(e.kind(), e.code(), e.sector(), e.gender(), e.name(), false, false, f, e.origin()));
            n++;
        }
        return n;
    }

    /** One-letter and number-only names, and English function words, would match everywhere. */
    private boolean tooCommon(String name) {
        String n = Normalizer.normalize(name).norm().trim();
        if (n.length() < 2 || n.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) return true;
        return "en".equals(lang) && Set.of("the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "it", "he", "she", "they").contains(n);
    }

    static List<String> arabicForms(String lemma) {
        String[] w = lemma.split(" ");
        List<String> out = new ArrayList<>();
        if (w.length == 1) {
            if (!w[0].startsWith("\u0627\u0644")) out.add("\u0627\u0644" + w[0]);
            return out;
        }
        boolean femHead = w[0].endsWith("\u0629");
        for (int variant = 0; variant < 2; variant++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String word = w[i];
                boolean adjective = i > 0 && word.endsWith("\u064A") && word.length() > 3;
                if (femHead && adjective) word = word + "\u0629";
                boolean article = (i > 0 || variant == 1) && !word.startsWith("\u0627\u0644") && !isClitic(word);
                if (i > 0) b.append(' ');
                b.append(article ? "\u0627\u0644" + word : word);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static boolean isClitic(String w) {
        return w.length() == 1 || w.startsWith("\u0644") && w.length() > 1 && !w.startsWith("\u0644\u0627");
    }

    /** FORMS_JOINED_BY_UNDERSCORES_ → forms joined by spaces; a separated Arabic clitic joins its word (ل_أمة → لأمة). */
    static String name(String s) {
        String t = s.trim();
        int hash = t.indexOf('#');
        if (hash >= 0) t = t.substring(0, hash).trim();
        t = t.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replaceAll("\\s+", " ").trim();
        // Arabic clitics the lemmatizer split off: ل أمة → لأمة
        t = t.replaceAll("(^| )([\u0644\u0628\u0643\u0648\u0641]) (?=[\u0600-\u06FF])", "$1$2");
        return t;
    }

    private static String stripComment(String s) {
        int h = s.indexOf('#');
        return h < 0 ? s : s.substring(0, h);
    }

    private static String title(String name) {
        if (name.chars().anyMatch(c -> c >= '\u0600' && c <= '\u06FF')) return name;
        StringBuilder b = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    /** The people.tsv id of a person one of these names belongs to (same name, letters only, any case), or null. */
    private static String curatedId(People curated, List<String> names) {
        for (String n : names) {
            String id = curated.idByName(n);
            if (id != null) return id;
        }
        return null;
    }

    private void reject(int line, String why) {
        rejected.add("line " + line + ": " + why);
    }

    /** Tokens of a form as the trie stores them, for tests. */
    static List<String> tokens(String form) {
        return Tokenizer.tokenize(Normalizer.normalize(form)).stream().map(Token::norm).toList();
    }
}
