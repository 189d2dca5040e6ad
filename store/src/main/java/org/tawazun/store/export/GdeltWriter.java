package org.tawazun.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tawazun.store.EventFilter;
import org.tawazun.store.EventStore;
import org.tawazun.store.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GDELT 2.0 event table: the 61 columns of the GDELT Event Codebook V2.0 in their order, tab-separated, one
 * event per line, no header (as GDELT publishes it). What Tawazun has no value for (ethnic and religion codes,
 * AvgTone, geography) is left empty, the geography types 0; a compound actor is represented by its first member.
 */
public final class GdeltWriter {
    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltWriter() {
    }

    static long write(EventStore store, EventFilter filter, Writer w) throws IOException {
        long[] n = {0};
        try {
            store.events(filter, 0, e -> {
                try {
                    w.write(String.join("\t", row(e)));
                    w.write('\n');
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }

    /** One event as the 61 GDELT fields. */
    public static List<String> row(StoredEvent e) {
        List<String> r = new ArrayList<>(COLUMNS.size());
        r.add(Long.toString(e.id()));
        LocalDate d = e.dateStart();
        r.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        r.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        r.add(d == null ? "" : Integer.toString(d.getYear()));
        // GDELT's FractionDate: year + (month * 30 + day) / 365
        r.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        actor(r, first(e.actorsJson()));
        actor(r, first(e.recipientsJson()));
        r.add(e.sentenceIndex() == 0 ? "1" : "0");
        String cameo = e.cameo() == null ? "" : e.cameo();
        r.add(cameo);
        r.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        r.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        r.add(e.quadClass() == null ? "" : e.quadClass().toString());
        r.add(e.goldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.goldstein()));
        r.add(Integer.toString(e.numMentions()));
        r.add(Integer.toString(e.numSources()));
        r.add(Integer.toString(e.numArticles()));
        r.add(""); // AvgTone: Tawazun measures no tone
        for (int g = 0; g < 3; g++) {
            r.add("0");
            for (int i = 0; i < 7; i++) r.add("");
        }
        r.add(e.addedAt() == null ? "" : e.addedAt().format(ADDED));
        r.add(clean(e.url() != null ? e.url() : e.sourcePath()));
        return r;
    }

    private static void actor(List<String> r, JsonNode a) {
        if (a == null) {
            for (int i = 0; i < 10; i++) r.add("");
            return;
        }
        String country = text(a, "country"), sector = text(a, "sector"), org = text(a, "org");
        String name = text(a, "name") != null ? text(a, "name") : text(a, "text");
        // CAMEO actor codes: country + role (RUSGOV); an organization's code alone (UN), its IGO role being implied
        String code;
        if (country != null) code = country + (sector == null ? "" : sector);
        else if (org != null) code = org;
        else code = sector == null ? "" : sector;
        r.add(clean(code));
        r.add(clean(name == null ? "" : name.toUpperCase(Locale.ROOT)));
        r.add(clean(country));
        r.add(clean(org));
        r.add(""); // ethnic
        r.add(""); // religion 1
        r.add(""); // religion 2
        r.add(clean(sector));
        r.add(""); // type 2
        r.add(""); // type 3
    }

    private static JsonNode first(String json) {
        if (json == null) return null;
        try {
            JsonNode n = JSON.readTree(json);
            return n != null && n.isArray() && n.size() > 0 ? n.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** No tabs or line breaks inside a field. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
