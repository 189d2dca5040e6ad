package org.tawazun.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; otherwise the
 * legacy Arabic code page Windows-1256. Files that are not text (NUL bytes, many control bytes) are rejected.
 */
public final class Decoder {
    private static final Charset CP1256 = Charset.forName("windows-1256");

    private Decoder() {
    }

    /** The decoded text; {@code name} is used in the error message. */
    public static String decode(byte[] b, String name) throws BadInputException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(StandardCharsets.UTF_8, b, 3, name);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return strict(StandardCharsets.UTF_16LE, b, 2, name);
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return strict(StandardCharsets.UTF_16BE, b, 2, name);
        checkNotBinary(b, name);
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, CP1256);
        }
    }

    private static String strict(Charset cs, byte[] b, int offset, String name) throws BadInputException {
        try {
            CharBuffer cb = decoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return cb.toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not valid " + cs.name() + " although it starts with a " + cs.name() + " byte-order mark");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void checkNotBinary(byte[] b, String name) throws BadInputException {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) throw new BadInputException(name + ": binary file (contains NUL bytes), not a text article");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
        }
        if (n > 0 && control * 20 > n) throw new BadInputException(name + ": binary file (" + control + " control bytes in the first " + n + "), not a text article");
    }
}
