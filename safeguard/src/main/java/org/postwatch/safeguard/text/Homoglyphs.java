package org.postwatch.safeguard.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic, Greek and symbol characters that look like Latin letters, so "сunt" written with a Cyrillic "с" is still
 * read as the word it imitates. Full-width forms are handled by Unicode compatibility folding, not here.
 */
final class Homoglyphs {

    private static final Map<Integer, String> LATIN = new HashMap<>();

    static {
        // Cyrillic, lower and upper case.
        map("аА", "a");
        map("вВ", "b");
        map("сС", "c");
        map("еЕёЁ", "e");
        map("һҺ", "h");
        map("нН", "h");
        map("іІїЇ", "i");
        map("јЈ", "j");
        map("кК", "k");
        map("мМ", "m");
        map("оО", "o");
        map("рР", "p");
        map("ѕЅ", "s");
        map("тТ", "t");
        map("уУ", "y");
        map("хХ", "x");
        map("ԁ", "d");
        map("ԛ", "q");
        map("ԝ", "w");
        map("ъ", "b");
        map("г", "r");
        map("п", "n");
        // Greek.
        map("αΑ", "a");
        map("βΒ", "b");
        map("εΕ", "e");
        map("ηΗ", "n");
        map("ιΙ", "i");
        map("κΚ", "k");
        map("μΜ", "m");
        map("νΝ", "v");
        map("οΟ", "o");
        map("ρΡ", "p");
        map("τΤ", "t");
        map("υΥ", "u");
        map("χΧ", "x");
        map("ζΖ", "z");
        map("γ", "y");
        // Latin look-alikes that compatibility folding leaves alone.
        map("ıɩ", "i");
        map("ɑ", "a");
        map("ɡ", "g");
        map("ß", "ss");
        map("ø", "o");
        map("ł", "l");
        map("đ", "d");
    }

    private static void map(String chars, String latin) {
        chars.codePoints().forEach(cp -> LATIN.put(cp, latin));
    }

    private Homoglyphs() {}

    static String latinFor(int codePoint) {
        return LATIN.get(codePoint);
    }
}
