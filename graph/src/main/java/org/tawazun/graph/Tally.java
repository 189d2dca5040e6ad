package org.tawazun.graph;

import org.tawazun.ontology.PloverType;

/** A mutable running total of dyad events; {@link #stats()} freezes it. Not thread-safe. */
final class Tally {
    private static final int TYPES = PloverType.values().length;
    int events;
    long mentions;
    long sources;
    final int[] byType = new int[TYPES];
    final int[] byQuad = new int[4];
    double scoreSum;
    double goldsteinSum;
    double scoreSumW;
    double goldsteinSumW;
    double absScoreSum;
    int cooperative;
    int conflictual;

    void add(DyadEvent e) {
        events++;
        mentions += e.mentions();
        sources += e.sources();
        byType[e.type().ordinal()]++;
        byQuad[e.quadClass() - 1]++;
        scoreSum += e.score();
        goldsteinSum += e.goldstein();
        scoreSumW += e.score() * e.mentions();
        goldsteinSumW += e.goldstein() * e.mentions();
        absScoreSum += Math.abs(e.score());
        if (e.score() > 0) cooperative++;
        else if (e.score() < 0) conflictual++;
    }

    void add(Tally t) {
        events += t.events;
        mentions += t.mentions;
        sources += t.sources;
        for (int i = 0; i < TYPES; i++) byType[i] += t.byType[i];
        for (int i = 0; i < 4; i++) byQuad[i] += t.byQuad[i];
        scoreSum += t.scoreSum;
        goldsteinSum += t.goldsteinSum;
        scoreSumW += t.scoreSumW;
        goldsteinSumW += t.goldsteinSumW;
        absScoreSum += t.absScoreSum;
        cooperative += t.cooperative;
        conflictual += t.conflictual;
    }

    DyadStats stats() {
        return new DyadStats(events, mentions, sources, byType.clone(), byQuad.clone(), scoreSum, goldsteinSum, scoreSumW,
                goldsteinSumW, absScoreSum, cooperative, conflictual);
    }
}
