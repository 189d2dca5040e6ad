package org.tawazun.lang.en;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * English verb inflection for the pattern lexicon: {@code visit~} gives visit, visits, visited, visiting;
 * irregular past forms follow the tilde ({@code meet~met}, {@code give~gave,given}).
 */
public final class EnglishVerbs {
    private EnglishVerbs() {
    }

    /** Form → true when not past (present forms; the flag marks forms that may refer to the future). */
    public static Map<String, Boolean> inflect(String base, String irregular) {
        String b = base.toLowerCase(java.util.Locale.ROOT);
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put(b, true);
        out.put(third(b), true);
        out.put(ing(b), true);
        if (irregular != null && !irregular.isBlank()) {
            for (String f : irregular.split(",")) out.put(f.trim().toLowerCase(java.util.Locale.ROOT), false);
        } else {
            out.put(past(b), false);
        }
        return out;
    }

    static String third(String b) {
        if (b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x") || b.endsWith("z") || b.endsWith("o")) return b + "es";
        if (consonantY(b)) return b.substring(0, b.length() - 1) + "ies";
        return b + "s";
    }

    static String past(String b) {
        if (b.endsWith("e")) return b + "d";
        if (consonantY(b)) return b.substring(0, b.length() - 1) + "ied";
        if (doubles(b)) return b + b.charAt(b.length() - 1) + "ed";
        return b + "ed";
    }

    static String ing(String b) {
        if (b.endsWith("ie")) return b.substring(0, b.length() - 2) + "ying";
        if (b.endsWith("e") && !b.endsWith("ee") && b.length() > 2) return b.substring(0, b.length() - 1) + "ing";
        if (doubles(b)) return b + b.charAt(b.length() - 1) + "ing";
        return b + "ing";
    }

    private static boolean consonantY(String b) {
        return b.length() > 1 && b.endsWith("y") && !isVowel(b.charAt(b.length() - 2));
    }

    /** Short consonant-vowel-consonant words double their last consonant: ban → banned, ship → shipped. */
    private static boolean doubles(String b) {
        int n = b.length();
        if (n < 3 || n > 4) return false;
        char c = b.charAt(n - 1);
        return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(b.charAt(n - 2)) && !isVowel(b.charAt(n - 3))
                && (n == 3 || !isVowel(b.charAt(n - 4)));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
