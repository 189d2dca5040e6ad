package org.tawazun.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the inflected forms of Arabic gazetteer entries so the data files stay short: a nisba written once in
 * the masculine singular (كوري شمالي) yields كوري شمالي، كورية شمالية، كوريون شماليون، كوريين شماليين، the duals
 * (كوريان، كوريتان، كوريتين) and the same with the article on every word, and the indefinite accusative (كوريا
 * شماليا); an agent noun (رئيس، قوات مسلحة) gets its article form (الرئيس، القوات
 * المسلحة). A multi-word agent whose later word already has the article is a construct (وزير الخارجية) and gets no
 * article on its head.
 */
final class ArabicForms {
    record Form(String text, char gender) {
    }

    private static final String AL = "\u0627\u0644";

    private ArabicForms() {
    }

    static List<Form> nisba(String base) {
        String[] w = base.trim().split("\\s+");
        List<Form> out = new ArrayList<>();
        // masculine, feminine, plural (nominative, oblique), dual (masculine, feminine), and the indefinite
        // accusative (جنديا باكستانيا), which never takes the article
        String[][] endings = {{"", "m"}, {"\u0629", "f"}, {"\u0648\u0646", "p"}, {"\u064A\u0646", "p"},
                {"\u0627\u0646", "d"}, {"\u062A\u0627\u0646", "d"}, {"\u062A\u064A\u0646", "d"}, {"\u0627", "a"}};
        for (String[] e : endings) {
            StringBuilder bare = new StringBuilder();
            StringBuilder def = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String word = w[i];
                if (i > 0) {
                    bare.append(' ');
                    def.append(' ');
                }
                String inflected = word.endsWith("\u064A") || word.endsWith("\u0649") ? word + e[0] : (e[0].isEmpty() ? word : null);
                if (inflected == null) inflected = word; // not a regular nisba word (rare): keep as written
                bare.append(inflected);
                def.append(word.startsWith(AL) ? inflected : AL + inflected);
            }
            char g = e[1].charAt(0);
            if (g == 'a') {
                out.add(new Form(bare.toString(), 'm'));
                continue;
            }
            out.add(new Form(bare.toString(), g));
            out.add(new Form(def.toString(), g));
        }
        return out;
    }

    static List<Form> withArticle(String base, char gender) {
        String[] w = base.trim().split("\\s+");
        List<Form> out = new ArrayList<>();
        out.add(new Form(base.trim(), gender));
        if (w[0].startsWith(AL)) return out;
        boolean construct = false;
        // a later word with the article (after a preposition too: بالأعمال) makes the phrase a construct or a phrase
        // whose head takes no article of its own: وزير الخارجية، قائم بالأعمال
        for (int i = 1; i < w.length; i++) {
            construct |= w[i].startsWith(AL) || w[i].startsWith("\u0644\u0644") || w[i].startsWith("\u0628" + AL);
        }
        StringBuilder def = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) def.append(' ');
            boolean addArticle = i == 0 ? !construct : !construct && !w[i].startsWith(AL) && !isParticle(w[i]);
            def.append(addArticle ? AL + w[i] : w[i]);
        }
        out.add(new Form(def.toString(), gender));
        if (w.length == 1 && (gender == 'm' || gender == 'f')) {
            // duals of single nouns: وزيران، الوزيرين، دولتان
            String stem = gender == 'f' && w[0].endsWith("\u0629") ? w[0].substring(0, w[0].length() - 1) + "\u062A" : w[0];
            for (String e : new String[]{"\u0627\u0646", "\u064A\u0646"}) {
                out.add(new Form(stem + e, 'd'));
                out.add(new Form(AL + stem + e, 'd'));
            }
            // the indefinite accusative of a masculine noun (اعتقلت صحفيا، قتل جنديا)
            if (gender == 'm' && !w[0].endsWith("\u0627") && !w[0].endsWith("\u0621")) out.add(new Form(w[0] + "\u0627", 'm'));
        }
        return out;
    }

    private static boolean isParticle(String w) {
        // words inside a phrase that never take the article: باسم، في، من، عن
        return w.equals("\u0628\u0627\u0633\u0645") || w.equals("\u0641\u064A") || w.equals("\u0645\u0646") || w.equals("\u0639\u0646");
    }
}
