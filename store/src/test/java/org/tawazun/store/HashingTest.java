package org.tawazun.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashingTest {
    @Test
    void theContentHashIgnoresHowWhiteSpaceIsLaidOut() {
        String a = Hashing.contentHash("فرضت الصين عقوبات\nعلى ليتوانيا.");
        assertThat(Hashing.contentHash("  فرضت  الصين عقوبات على\t\tليتوانيا.\n\n")).isEqualTo(a);
        assertThat(Hashing.contentHash("فرضت الصين عقوبات على ليتوانيا")).isNotEqualTo(a);
        assertThat(a).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void idsAreStableNonNegativeAndDistinct() {
        assertThat(Hashing.id("event", "AID", "USA", "UKR", "d:2024-01-01")).isEqualTo(Hashing.id("event", "AID", "USA", "UKR", "d:2024-01-01"))
                .isNotEqualTo(Hashing.id("event", "AID", "USA", "UKR", "d:2024-01-02")).isNotNegative();
        // parts are separated, not concatenated
        assertThat(Hashing.id("ab", "c")).isNotEqualTo(Hashing.id("a", "bc"));
        String h = Hashing.contentHash("x");
        assertThat(Hashing.idOfHash(h)).isNotNegative().isEqualTo(Long.parseUnsignedLong(h.substring(0, 16), 16) >>> 1);
    }

    @Test
    void longSetKeepsEveryValueThroughGrowth() {
        LongSet s = new LongSet();
        java.util.Random r = new java.util.Random(7);
        java.util.Set<Long> ref = new java.util.HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            long v = r.nextLong() >>> 1;
            assertThat(s.add(v)).isEqualTo(ref.add(v));
        }
        assertThat(s.size()).isEqualTo(ref.size());
        for (long v : ref) assertThat(s.contains(v)).isTrue();
        assertThat(s.contains(-5)).isFalse();
    }
}
