package org.tawazun.ontology;

/** A CAMEO event code with its Goldstein value and its PLOVER equivalent (type null for 01x statements). */
public record CameoCode(String code, double goldstein, PloverType ploverType, String ploverMode, String context,
                        String description) {
    /** The CAMEO root (two digits), e.g. "04" for 042. */
    public String root() {
        return code.substring(0, 2);
    }
}
