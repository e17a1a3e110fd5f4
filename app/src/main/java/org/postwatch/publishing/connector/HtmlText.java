package org.postwatch.publishing.connector;

import java.util.regex.Pattern;

/** Turns the HTML some platforms return for a post (Mastodon) back into its plain text. */
final class HtmlText {

    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</p>\\s*<p[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private HtmlText() {}

    static String plain(String html) {
        String text = BREAKS.matcher(html).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll("");
        return unescape(text);
    }

    static String unescape(String text) {
        String result = NUMERIC.matcher(text).replaceAll(match -> {
            int code = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code)));
        });
        return result.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
