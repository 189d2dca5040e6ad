package org.tawazun.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text. In order:
 * <ol>
 *   <li>a byte-order mark decides (UTF-8, UTF-32LE/BE, UTF-16LE/BE);</li>
 *   <li>known binary formats (PDF, ZIP/Office, images, archives, executables) are rejected by their magic bytes,
 *       with a message naming the format;</li>
 *   <li>UTF-16 without a byte-order mark is recognized by its high bytes (00 for Latin, 06 for Arabic);</li>
 *   <li>other files with NUL bytes or many control bytes are rejected as binary;</li>
 *   <li>strict UTF-8; UTF-8 with a few broken sequences (a truncated scrape) is decoded with replacement characters
 *       when valid multi-byte sequences outnumber broken ones twenty to one;</li>
 *   <li>otherwise a legacy single-byte code page: Windows-1256, ISO-8859-6 or Windows-1252, whichever reads most
 *       plausibly ({@link #plausibility}).</li>
 * </ol>
 * Windows-1256 and ISO-8859-6 share the letters ء to ض (C1–D6) but place the rest differently: ISO-8859-6 puts
 * ف ق ك ل م ن ه و ى ي at E1–EA and the harakat at EB–F2, where Windows-1256 has ل م ن ه و at E1/E3–E6, ى ي at
 * EC/ED, French letters (à â ç è é ê ë î ï ô ù û ü) between them, and ف ق ك at DD–DF, bytes ISO-8859-6 leaves
 * undefined. Decoding with the wrong one gives undefined bytes, harakat after spaces, Latin letters inside Arabic
 * words and no definite article: the plausibility score counts exactly those.
 */
public final class Decoder {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** Magic bytes of common non-text formats and the name used in the error message. */
    private static final Object[][] MAGIC = {
            {"%PDF", "a PDF document"},
            {"PK\u0003\u0004", "a ZIP archive (or a Word/Excel/EPUB file)"},
            {"\u001F\u008B", "a gzip archive"},
            {"\u0089PNG", "a PNG image"},
            {"\u00FF\u00D8\u00FF", "a JPEG image"},
            {"GIF8", "a GIF image"},
            {"\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office document"},
            {"\u007FELF", "an executable"},
            {"\u00CA\u00FE\u00BA\u00BE", "a Java class file"},
            {"Rar!", "a RAR archive"},
            {"7z\u00BC\u00AF", "a 7-Zip archive"},
            {"BZh", "a bzip2 archive"},
            {"SQLite format 3", "an SQLite database"},
            {"OggS", "an audio file"},
            {"ID3", "an MP3 audio file"},
            {"RIFF", "a RIFF media file (WAV/AVI/WebP)"},
            {"{\\rtf", "an RTF document"},
    };

    private Decoder() {
    }

    /** The decoded text; {@code name} is used in the error message. */
    public static String decode(byte[] b, String name) throws BadInputException {
        if (b.length >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) return strict(StandardCharsets.UTF_8, b, 3, name);
        if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) return strict(UTF_32LE, b, 4, name);
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) return strict(UTF_32BE, b, 4, name);
        if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) return strict(StandardCharsets.UTF_16LE, b, 2, name);
        if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) return strict(StandardCharsets.UTF_16BE, b, 2, name);
        String format = magic(b);
        if (format != null) throw new BadInputException(name + ": " + format + ", not a text article (convert it to text or HTML first)");
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            try {
                return decoder(utf16).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                // not UTF-16 after all: fall through to the binary check
            }
        }
        checkNotBinary(b, name);
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            // not strict UTF-8
        }
        if (mostlyUtf8(b)) return new String(b, StandardCharsets.UTF_8);
        return legacy(b);
    }

    /** The legacy single-byte code page that reads most plausibly: Windows-1256, ISO-8859-6 or Windows-1252. */
    static String legacy(byte[] b) {
        String best = null;
        long bestScore = Long.MIN_VALUE;
        for (Charset cs : new Charset[]{CP1256, ISO_8859_6, CP1252}) {
            String s = lenient(cs, b);
            long score = plausibility(s);
            if (score > bestScore) { // ties keep the earlier, more common code page
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** The name of the legacy code page {@link #legacy} would choose (for tests and diagnostics). */
    static String legacyCharset(byte[] b) {
        String chosen = legacy(b);
        for (Charset cs : new Charset[]{CP1256, ISO_8859_6, CP1252}) if (lenient(cs, b).equals(chosen)) return cs.name();
        return null;
    }

    /**
     * How much a decoded text looks like real Arabic or Latin-script prose: letters next to letters of the same
     * script score; undefined bytes, C1 controls, Latin letters glued to Arabic letters, harakat that follow no
     * letter and upper case inside a lower-case word cost; every word that starts with the article ال scores.
     */
    static long plausibility(String s) {
        long score = 0;
        char p = ' ';
        char pp = ' ';
        int n = Math.min(s.length(), 65_536);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || c >= 0x80 && c <= 0x9F) {
                score -= 10;
            } else if (isArabicLetter(c)) {
                if (isArabicLetter(p)) score += 1;
                else if (isLatinLetter(p)) score -= 5;
                if (c == '\u0644' && p == '\u0627' && !Character.isLetter(pp)) score += 3; // word-initial ال
            } else if (c >= '\u064B' && c <= '\u0652') {
                if (!isArabicLetter(p) && !(p >= '\u064B' && p <= '\u0652')) score -= 5;
            } else if (isLatinLetter(c)) {
                if (isArabicLetter(p)) score -= 5;
                else if (isLatinLetter(p)) score += Character.isUpperCase(c) && Character.isLowerCase(p) ? -3 : 1;
            }
            pp = p;
            p = c;
        }
        return score;
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }

    /**
     * Characters that are not text and that no later stage should see: C0 controls other than tab, line feed,
     * carriage return and form feed, and C1 controls, become spaces; a DOS end-of-file mark (0x1A) at the end
     * goes. HTML character references are resolved ({@link #unescapeEntities}).
     */
    public static String clean(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\u001A') end--;
        StringBuilder sb = null;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c >= 0x7F && c <= 0x9F;
            if (control) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
                sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        String out = sb != null ? sb.toString() : end < s.length() ? s.substring(0, end) : s;
        return unescapeEntities(out);
    }

    /**
     * Resolves HTML character references left in plain text (scraped feeds often carry {@code &quot;},
     * {@code &amp;}, {@code &#1605;}, {@code &#x645;}): numeric ones, and named ones that end with a semicolon and
     * that HTML defines. Anything else (AT&T, &nosuch;) is left as it is.
     */
    public static String unescapeEntities(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        while (amp >= 0) {
            int semi = -1;
            for (int j = amp + 1; j < s.length() && j <= amp + 33; j++) {
                char c = s.charAt(j);
                if (c == ';') {
                    semi = j;
                    break;
                }
                if (!(Character.isLetterOrDigit(c) || c == '#') || c > 0x7F) break;
            }
            String replacement = semi > amp + 1 ? reference(s.substring(amp + 1, semi)) : null;
            if (replacement != null) {
                sb.append(s, last, amp).append(replacement);
                last = semi + 1;
            }
            amp = s.indexOf('&', replacement != null ? semi + 1 : amp + 1);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    private static String reference(String body) {
        if (body.charAt(0) == '#') {
            try {
                int cp = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')
                        ? Integer.parseInt(body.substring(2), 16) : Integer.parseInt(body.substring(1));
                if (cp <= 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return null;
                return new String(Character.toChars(cp));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!org.jsoup.nodes.Entities.isNamedEntity(body)) return null;
        String v = org.jsoup.nodes.Entities.getByName(body);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String strict(Charset cs, byte[] b, int offset, String name) throws BadInputException {
        try {
            CharBuffer cb = decoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not valid " + cs.name() + " although it starts with a " + cs.name() + " byte-order mark");
        }
    }

    private static String lenient(Charset cs, byte[] b) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String magic(byte[] b) {
        for (Object[] m : MAGIC) {
            String sig = (String) m[0];
            if (b.length < sig.length()) continue;
            boolean ok = true;
            for (int i = 0; i < sig.length() && ok; i++) ok = u(b[i]) == sig.charAt(i);
            if (ok) return (String) m[1];
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark: nearly every high byte (odd positions for little-endian) is 00 (Latin,
     * punctuation, spaces) or 06 (Arabic), while the low bytes vary.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) return null;
        int evenHigh = 0, oddHigh = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0 || b[i] == 6) evenHigh++;
            if (b[i + 1] == 0 || b[i + 1] == 6) oddHigh++;
        }
        int pairs = n / 2;
        if (oddHigh * 10 >= pairs * 9 && evenHigh * 10 < pairs * 3) return StandardCharsets.UTF_16LE;
        if (evenHigh * 10 >= pairs * 9 && oddHigh * 10 < pairs * 3) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Valid UTF-8 multi-byte sequences outnumber broken bytes at least twenty to one. */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0, bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = u(b[i]);
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int j = 1; ok && j < len; j++) ok = (u(b[i + j]) & 0xC0) == 0x80;
            if (ok) {
                valid++;
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return valid > 0 && bad * 20 <= valid;
    }

    private static void checkNotBinary(byte[] b, String name) throws BadInputException {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = u(b[i]);
            if (c == 0) throw new BadInputException(name + ": binary file (contains NUL bytes), not a text article");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A) control++;
        }
        if (n > 0 && control * 20 > n) throw new BadInputException(name + ": binary file (" + control + " control bytes in the first " + n + "), not a text article");
    }

    private static int u(byte x) {
        return x & 0xFF;
    }
}
