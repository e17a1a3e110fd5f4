package org.postwatch.safeguard.engine;

/**
 * Text a reader would see as empty: whitespace, no-break and other Unicode spaces, and invisible format characters
 * (zero-width space and joiners, word joiner, byte-order mark, soft hyphen, direction marks). Pasted text often
 * carries these; a post of nothing else has no words to check.
 */
public final class Blank {

    private Blank() {}

    /** True for a character that shows nothing: see the class comment. */
    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** True when {@code text} is null, empty or only {@linkplain #isBlank(char) blank characters}. */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
