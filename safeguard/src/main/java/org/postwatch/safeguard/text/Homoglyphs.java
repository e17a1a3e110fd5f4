package org.postwatch.safeguard.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Cyrillic, Greek, Armenian, small-capital and symbol characters that look like Latin letters, so "сunt" written with a Cyrillic "с" is still
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
        // Armenian letters that pass for Latin ones ("fսck" with an Armenian "ս").
        map("ս", "u");
        map("օ", "o");
        map("ո", "n");
        map("հ", "h");
        map("ց", "g");
        map("զ", "q");
        // Latin small capitals, which "small caps" text generators use ("ꜰᴜᴄᴋ").
        map("ᴀ", "a");
        map("ʙ", "b");
        map("ᴄ", "c");
        map("ᴅ", "d");
        map("ᴇ", "e");
        map("ꜰ", "f");
        map("ɢ", "g");
        map("ʜ", "h");
        map("ɪ", "i");
        map("ᴊ", "j");
        map("ᴋ", "k");
        map("ʟ", "l");
        map("ᴍ", "m");
        map("ɴ", "n");
        map("ᴏ", "o");
        map("ᴘ", "p");
        map("ʀ", "r");
        map("ꜱ", "s");
        map("ᴛ", "t");
        map("ᴜ", "u");
        map("ᴠ", "v");
        map("ᴡ", "w");
        map("ʏ", "y");
        map("ᴢ", "z");
    }

    private static void map(String chars, String latin) {
        chars.codePoints().forEach(cp -> LATIN.put(cp, latin));
    }

    private Homoglyphs() {}

    static String latinFor(int codePoint) {
        return LATIN.get(codePoint);
    }
}
