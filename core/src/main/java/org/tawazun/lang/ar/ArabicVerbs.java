package org.tawazun.lang.ar;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the written (undiacritized, normalized) inflections of an Arabic verb from its perfect and imperfect
 * third-person masculine singular forms, so a lexicon writes {@code أرسل~يرسل} once and matches أرسلت، أرسلوا،
 * ترسل، يرسلون، نرسل ... Passives are written like actives without diacritics. Defective verbs (أجرى/يجري،
 * دعا/يدعو) get their contracted forms (أجرت، أجروا، يجرون), hollow and defective verbs their jussives (لم يزر، لم
 * يلتق). First- and second-person perfects of hollow verbs
 * (زرت) are not generated: news reports in the third person.
 */
public final class ArabicVerbs {
    private ArabicVerbs() {
    }

    /** Normalized form → true when imperfect. */
    public static Map<String, Boolean> inflect(String perfect, String imperfect) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (perfect != null && !perfect.isEmpty()) perfect(ArabicNormalizer.normalize(perfect), out);
        if (imperfect != null && !imperfect.isEmpty()) imperfect(ArabicNormalizer.normalize(imperfect), out);
        return out;
    }

    private static final char YA = '\u064A';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';

    private static void perfect(String p, Map<String, Boolean> out) {
        out.put(p, false);
        char last = p.charAt(p.length() - 1);
        if ((last == YA || last == ALEF) && p.length() >= 3) {
            String s = p.substring(0, p.length() - 1);
            out.put(s + "\u062A", false);          // أجرت / دعت
            out.put(s + "\u0648\u0627", false);    // أجروا / دعوا
            out.put(s + "\u062A\u0627", false);    // أجرتا
            out.put(s + "\u0627", false);          // before a suffix: أعطاه
            if (last == YA) {
                out.put(s + "\u064A\u0627", false);    // أجريا
                out.put(s + "\u064A\u0646\u0627", false); // أجرينا
            } else {
                out.put(s + "\u0648\u0646\u0627", false); // دعونا
            }
            return;
        }
        out.put(p + "\u062A", false);              // ت
        out.put(p + "\u0627", false);              // ا
        out.put(p + "\u062A\u0627", false);        // تا
        out.put(p + "\u0648\u0627", false);        // وا
        out.put(p + "\u0646", false);              // ن
        out.put(p + "\u0646\u0627", false);        // نا
        out.put(p + "\u062A\u0645", false);        // تم
    }

    private static void imperfect(String i, Map<String, Boolean> out) {
        char first = i.charAt(0);
        String b = (first == YA || first == '\u062A' || first == '\u0646' || first == ALEF) ? i.substring(1) : i;
        if (b.length() < 2) return;
        char last = b.charAt(b.length() - 1);
        String[] persons = {"\u064A", "\u062A", "\u0646", "\u0627"}; // ي ت ن ا
        for (String p : persons) out.put(p + b, true);
        // jussive (after لم، لا الناهية): hollow verbs drop their long vowel (يزور → يزر، يدين → يدن), defective verbs
        // their final letter (يلتقي → يلتق، يدعو → يدع)
        String jussive = null;
        if (b.length() == 3 && (b.charAt(1) == WAW || b.charAt(1) == YA || b.charAt(1) == ALEF)) {
            jussive = "" + b.charAt(0) + b.charAt(2);
        } else if (b.length() >= 3 && (last == YA || last == WAW || last == ALEF)) {
            jussive = b.substring(0, b.length() - 1);
        }
        if (jussive != null) for (String p : persons) out.putIfAbsent(p + jussive, true);
        if (last == YA || last == WAW || last == ALEF) {
            String s = b.substring(0, b.length() - 1);
            for (String p : new String[]{"\u064A", "\u062A"}) {
                out.put(p + s + "\u0648\u0646", true); // يجرون / يدعون
                out.put(p + s + "\u0648\u0627", true); // يجروا
                out.put(p + b + "\u0627\u0646", true); // يجريان
                out.put(p + b + "\u0627", true);       // يجريا
            }
            return;
        }
        for (String p : new String[]{"\u064A", "\u062A"}) {
            out.put(p + b + "\u0648\u0646", true);     // يرسلون
            out.put(p + b + "\u0648\u0627", true);     // يرسلوا
            out.put(p + b + "\u0627\u0646", true);     // يرسلان
            out.put(p + b + "\u0627", true);           // يرسلا
            out.put(p + b + "\u0646", true);           // يرسلن
        }
    }
}
