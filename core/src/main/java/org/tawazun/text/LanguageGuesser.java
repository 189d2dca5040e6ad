package org.tawazun.text;

/**
 * A fast script-based language guess: "ar" when Arabic letters outnumber Latin ones, "en" when Latin letters do,
 * "und" when there are no letters. Good enough to choose between the two lexicons Tawazun ships.
 */
public final class LanguageGuesser {
    private LanguageGuesser() {
    }

    public static String guess(CharSequence text) {
        int ar = 0, lat = 0;
        int n = Math.min(text.length(), 20_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFC') ar++;
            else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') lat++;
        }
        if (ar == 0 && lat == 0) return "und";
        return ar >= lat ? "ar" : "en";
    }
}
