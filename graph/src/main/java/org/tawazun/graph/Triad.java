package org.tawazun.graph;

/**
 * Three actors joined by three signed edges (a, b, c in code order; signs of ab, ac, bc).
 * Balanced (Heider; Cartwright–Harary) when the product of the signs is positive: +++ and +−−. Davis's weak balance
 * also accepts −−− (three mutually hostile camps); only a triad with exactly one negative edge is weakly
 * unbalanced.
 *
 * @param weight the product of the three edge weights (strength × confidence each)
 */
public record Triad(String a, String b, String c, int ab, int ac, int bc, double weight) {
    public boolean balanced() {
        return ab * ac * bc > 0;
    }

    public boolean weaklyBalanced() {
        return negatives() != 1;
    }

    public int negatives() {
        return (ab < 0 ? 1 : 0) + (ac < 0 ? 1 : 0) + (bc < 0 ? 1 : 0);
    }

    /** The signs of ab, ac, bc, e.g. {@code +-+}. */
    public String signs() {
        return s(ab) + s(ac) + s(bc);
    }

    /** The pattern regardless of order: +++, ++-, +-- or ---. */
    public String kind() {
        return switch (negatives()) {
            case 0 -> "+++";
            case 1 -> "++-";
            case 2 -> "+--";
            default -> "---";
        };
    }

    public String key() {
        return a + "|" + b + "|" + c;
    }

    private static String s(int x) {
        return x > 0 ? "+" : "-";
    }
}
