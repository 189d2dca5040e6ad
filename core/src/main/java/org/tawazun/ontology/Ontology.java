package org.tawazun.ontology;

import org.tawazun.util.Tsv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PLOVER types, modes, scores and quad classes, and CAMEO codes with Goldstein values, loaded once from
 * plover.tsv and cameo.tsv. Immutable and thread-safe; get it with {@link #get()}.
 */
public final class Ontology {
    /** A PLOVER type or type+mode row. */
    public record Mode(PloverType type, String mode, double score, int quad, boolean requiresRecipient, String description) {
    }

    private static final class Holder {
        static final Ontology INSTANCE = load();
    }

    private final Map<PloverType, Mode> defaults;
    private final Map<String, Mode> modes;
    private final Map<String, CameoCode> cameo;

    private Ontology(Map<PloverType, Mode> defaults, Map<String, Mode> modes, Map<String, CameoCode> cameo) {
        this.defaults = defaults;
        this.modes = modes;
        this.cameo = cameo;
    }

    public static Ontology get() {
        return Holder.INSTANCE;
    }

    static Ontology load() {
        Map<PloverType, Mode> defaults = new EnumMap<>(PloverType.class);
        Map<String, Mode> modes = new HashMap<>();
        for (Tsv.Row r : Tsv.resource(Ontology.class, "plover.tsv")) {
            PloverType t;
            try {
                t = PloverType.valueOf(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown PLOVER type '" + r.get("type") + "'");
            }
            String mode = r.opt("mode");
            int quad = (int) r.number("quad");
            if (quad < 1 || quad > 4) throw r.fail("quad must be 1..4");
            Mode m = new Mode(t, mode, r.number("score"), quad, "yes".equals(r.get("requires_recipient")), r.get("description"));
            if (mode == null) defaults.put(t, m);
            else if (modes.put(t + "/" + mode, m) != null) throw r.fail("duplicate mode " + t + "/" + mode);
        }
        for (PloverType t : PloverType.values()) {
            if (!defaults.containsKey(t)) throw new IllegalStateException("plover.tsv has no default row for " + t);
        }
        Map<String, CameoCode> cameo = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource(Ontology.class, "cameo.tsv")) {
            String type = r.opt("plover_type");
            PloverType t = null;
            if (type != null) {
                try {
                    t = PloverType.valueOf(type);
                } catch (IllegalArgumentException e) {
                    throw r.fail("unknown PLOVER type '" + type + "'");
                }
            }
            String code = r.required("code");
            if (!code.matches("\\d{2,4}")) throw r.fail("CAMEO code must be 2-4 digits: '" + code + "'");
            cameo.put(code, new CameoCode(code, r.number("goldstein"), t, r.opt("plover_mode"), r.opt("context"), r.get("description")));
        }
        return new Ontology(Collections.unmodifiableMap(defaults), Collections.unmodifiableMap(modes),
                Collections.unmodifiableMap(cameo));
    }

    /** The row for a type and mode; falls back to the type's default when the mode is null or has no own score. */
    public Mode mode(PloverType type, String mode) {
        if (mode != null) {
            Mode m = modes.get(type + "/" + mode);
            if (m != null) return m;
        }
        return defaults.get(type);
    }

    /** True when the mode is one PLOVER defines for the type. */
    public boolean hasMode(PloverType type, String mode) {
        return modes.containsKey(type + "/" + mode);
    }

    public double score(PloverType type, String mode) {
        return mode(type, mode).score();
    }

    public int quadClass(PloverType type) {
        return defaults.get(type).quad();
    }

    public CameoCode cameo(String code) {
        return cameo.get(code);
    }

    public List<CameoCode> cameoCodes() {
        return List.copyOf(cameo.values());
    }
}
