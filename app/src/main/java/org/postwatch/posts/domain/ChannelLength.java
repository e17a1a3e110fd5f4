package org.postwatch.posts.domain;

import com.twitter.twittertext.TwitterTextParser;
import java.text.BreakIterator;
import java.util.Locale;
import org.postwatch.accounts.Channel;

/**
 * Each channel's own way of counting a post and its limit: X weighs characters (most CJK and emoji count double, links
 * count 23) with twitter-text; Bluesky counts graphemes; the others count characters.
 */
public record ChannelLength(Channel channel, int used, int limit) {

    public static ChannelLength of(Channel channel, String text) {
        String t = text == null ? "" : text;
        return switch (channel) {
            case X -> new ChannelLength(channel, TwitterTextParser.parseTweet(t).weightedLength, 280);
            case BLUESKY -> new ChannelLength(channel, graphemes(t), 300);
            case MASTODON, SANDBOX, THREADS -> new ChannelLength(channel, t.codePointCount(0, t.length()), 500);
            case FACEBOOK -> new ChannelLength(channel, t.codePointCount(0, t.length()), 63_206);
            case INSTAGRAM -> new ChannelLength(channel, t.codePointCount(0, t.length()), 2_200);
            case YOUTUBE, TIKTOK, NEXTDOOR -> new ChannelLength(channel, t.codePointCount(0, t.length()), 5_000);
        };
    }

    public boolean tooLong() {
        return used > limit;
    }

    public int remaining() {
        return limit - used;
    }

    /** "12 characters too long for X (280 at most, counted as X counts them)". */
    public String problem() {
        int over = used - limit;
        return "Your post is " + over + (over == 1 ? " character" : " characters") + " too long for "
                + channel.label() + ", which allows " + String.format(Locale.UK, "%,d", limit)
                + (channel == Channel.X ? " (X counts links as 23 and most emoji as 2)" : "");
    }

    private static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
