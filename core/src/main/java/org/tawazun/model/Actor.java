package org.tawazun.model;

/**
 * What a mention refers to: a state (ISO 3166-1 alpha-3 {@code country}), optionally a sector of it
 * (PLOVER/CAMEO codes: GOV, MIL, COP, ...), an international organization ({@code org}: UN, EU, NATO, ...),
 * and a display name for named people and bodies. Any field may be null, but not all of country, org and sector.
 */
public record Actor(String country, String sector, String org, String name) {

    /** The code used to compare actors in dyads: the country, else the organization, else the sector. */
    public String code() {
        if (country != null) return country;
        if (org != null) return org;
        return sector;
    }

    public boolean hasCode() {
        return country != null || org != null;
    }

    public Actor withSector(String s) {
        return new Actor(country, s, org, name);
    }
}
