package org.tawazun.actor;

import org.tawazun.util.Tsv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * All actor data for both languages: the gazetteer files under lang/ar/gazetteer and lang/en/gazetteer, every
 * ISO 3166-1 state's Arabic and English name from the JDK's CLDR data, and people with dated roles
 * (actor/people.tsv), and the states whose territory belonged to another state until a date (actor/state-history.tsv).
 * Loaded once, lazily, and shared: the tries are read-only after loading.
 */
public final class ActorLexicon {
    /** The gazetteer files each language package ships, in load order (earlier files win on conflicts). */
    static final List<String> FILES = List.of("states.tsv", "orgs.tsv", "people.tsv", "agents.tsv", "places.tsv",
            "extra.tsv", "ambiguous.tsv");

    private static final class Holder {
        static final ActorLexicon DEFAULTS = loadDefaults();
    }

    private final Map<String, Gazetteer> byLang;
    private final People people;
    private final Map<String, References> references;
    private final StateHistory history;

    ActorLexicon(Map<String, Gazetteer> byLang, People people, Map<String, References> references, StateHistory history) {
        this.byLang = byLang;
        this.people = people;
        this.references = references;
        this.history = history;
    }

    public static ActorLexicon defaults() {
        return Holder.DEFAULTS;
    }

    static ActorLexicon loadDefaults() {
        People people = Tsv.exists(ActorLexicon.class, "people.tsv")
                ? People.load(Tsv.resource(ActorLexicon.class, "people.tsv")) : People.empty();
        Gazetteer ar = new Gazetteer();
        Gazetteer en = new Gazetteer();
        for (String f : FILES) {
            String arName = "/org/tawazun/lang/ar/gazetteer/" + f;
            String enName = "/org/tawazun/lang/en/gazetteer/" + f;
            if (Tsv.exists(ActorLexicon.class, arName)) ar.load(Tsv.resource(ActorLexicon.class, arName), "ar", people);
            if (Tsv.exists(ActorLexicon.class, enName)) en.load(Tsv.resource(ActorLexicon.class, enName), "en", people);
        }
        addCldrNames(ar, en);
        Map<String, References> refs = Map.of("ar", loadReferences("ar"), "en", loadReferences("en"));
        StateHistory history = Tsv.exists(ActorLexicon.class, HISTORY)
                ? StateHistory.load(Tsv.resource(ActorLexicon.class, HISTORY)) : StateHistory.empty();
        return new ActorLexicon(Map.of("ar", ar, "en", en), people, refs, history);
    }

    private static References loadReferences(String lang) {
        String name = "/org/tawazun/lang/" + lang + "/gazetteer/references.tsv";
        return Tsv.exists(ActorLexicon.class, name) ? References.load(Tsv.resource(ActorLexicon.class, name)) : References.empty();
    }

    /** The reference words (الأولى، البلدين; the former) of "ar" or "en". */
    References references(String lang) {
        References r = references.get(lang);
        return r != null ? r : references.get("en");
    }

    /**
     * The shipped actor data plus PETRARCH / UniversalPetrarch actor and agent dictionaries (docs/data.md,
     * "Importing PETRARCH dictionaries"). Each file is curated while read; its report says what was added and what
     * was rejected. The shipped lexicon is not changed: this builds a new one.
     *
     * @throws IOException when a file cannot be read
     */
    public static ActorLexicon withImports(List<Path> actorFiles, List<Path> agentFiles, List<PetrarchDictionary.Report> reports)
            throws IOException {
        if (actorFiles.isEmpty() && agentFiles.isEmpty()) return defaults();
        ActorLexicon base = loadDefaults();
        List<PetrarchDictionary.ImportedPerson> imported = new ArrayList<>();
        for (Path p : actorFiles) reports.add(PetrarchDictionary.importActors(p, base.byLang, base.people, imported));
        for (Path p : agentFiles) reports.add(PetrarchDictionary.importAgents(p, base.byLang));
        return new ActorLexicon(base.byLang, base.people.with(imported), base.references, base.history);
    }

    /** Every ISO 3166-1 state's name in Arabic and English from the JDK's CLDR locale data. */
    static void addCldrNames(Gazetteer ar, Gazetteer en) {
        Locale arabic = Locale.forLanguageTag("ar");
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            String a3;
            try {
                a3 = l.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            if (a3.isEmpty()) continue;
            String arName = l.getDisplayCountry(arabic);
            String enName = l.getDisplayCountry(Locale.ENGLISH);
            String origin = "JDK CLDR " + a2;
            if (!arName.equals(a2)) ar.add(arName, new GazetteerEntry(EntryKind.COUNTRY, a3, null, 'f', enName, false, false, arName, origin));
            if (!enName.equals(a2)) en.add(enName, new GazetteerEntry(EntryKind.COUNTRY, a3, null, '?', enName, false, false, enName, origin));
        }
    }

    /** The gazetteer for "ar" or "en" (other languages get the English one: names in Latin script). */
    public Gazetteer gazetteer(String lang) {
        Gazetteer g = byLang.get(lang);
        return g != null ? g : byLang.get("en");
    }

    public People people() {
        return people;
    }

    /** The file of states that changed (docs/data.md, "States that changed"), beside this class. */
    static final String HISTORY = "state-history.tsv";

    /** States whose places had another state's code before a date (South Sudan: SDN before 2011-07-09). */
    public StateHistory history() {
        return history;
    }

    /** Sizes for diagnostics: entries per language and people. */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        byLang.forEach((k, v) -> out.add(k + ": " + v.size() + " forms"));
        out.add("people: " + people.size());
        return out;
    }
}
