package org.tawazun.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content hashes and the stable 63-bit ids derived from them. An article's identity is its text with runs of
 * white space collapsed (so the same story re-read from another file or re-wrapped is the same article); ids of
 * articles, mentions and events are the first 63 bits of a SHA-256, so the same data gets the same ids in every
 * store and in every order of ingestion.
 */
public final class Hashing {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    });

    private Hashing() {
    }

    /** SHA-256 (hex) of the text with white space runs collapsed to one space and the ends trimmed. */
    public static String contentHash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return HexFormat.of().formatHex(sha256(sb.toString()));
    }

    /** The article id for a content hash: its first 63 bits. */
    public static long idOfHash(String hexHash) {
        return Long.parseUnsignedLong(hexHash.substring(0, 16), 16) >>> 1;
    }

    /** A 63-bit id for a key made of parts (joined with a separator no part contains: U+001F). */
    public static long id(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('\u001F');
            sb.append(parts[i]);
        }
        byte[] h = sha256(sb.toString());
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
        return v >>> 1;
    }

    private static byte[] sha256(String s) {
        MessageDigest d = SHA256.get();
        d.reset();
        return d.digest(s.getBytes(StandardCharsets.UTF_8));
    }
}
