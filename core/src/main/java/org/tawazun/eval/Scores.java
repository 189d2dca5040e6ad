package org.tawazun.eval;

/**
 * Counts for precision, recall and F1. For document-level gold, precision is over system claims and recall over
 * required gold events, so the two have separate numerators: {@code correct/claims} and {@code found/required}.
 */
public final class Scores {
    public int correct;
    public int claims;
    public int found;
    public int required;

    public void add(int correct, int claims, int found, int required) {
        this.correct += correct;
        this.claims += claims;
        this.found += found;
        this.required += required;
    }

    public double precision() {
        return claims == 0 ? 0 : (double) correct / claims;
    }

    public double recall() {
        return required == 0 ? 0 : (double) found / required;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
