package org.postwatch.publishing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The content marker for exact-text read-back: a post's text reduced to what survives every platform's rewriting, then
 * hashed. Platforms shorten links (X's t.co), escape or mark up text (HTML entities, Mastodon's paragraphs) and drop
 * the server part of mentions, so the reduction replaces links with one token, drops mention servers, folds Unicode
 * to NFC and collapses white space. Nothing invisible is ever added to a post.
 */
public final class TextFingerprint {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern MENTION_SERVER = Pattern.compile("(@[\\w.]+)@[\\w.-]+\\.[a-z]{2,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextFingerprint() {}

    public static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        folded = LINK.matcher(folded).replaceAll("<link>");
        folded = MENTION_SERVER.matcher(folded).replaceAll("$1");
        return SPACE.matcher(folded).replaceAll(" ").trim();
    }

    public static String of(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean sameText(String sent, String readBack) {
        return normalise(sent).equals(normalise(readBack));
    }
}
