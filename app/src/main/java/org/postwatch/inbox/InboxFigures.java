package org.postwatch.inbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The desk's figures for a period: per account and for the force.
 *
 * @param escalations hand-offs by category
 */
public record InboxFigures(
        int days, AccountFigures force, List<AccountFigures> accounts, Map<InboundCategory, Long> escalations) {

    /**
     * @param dialogueRatio replies published per broadcast post; null when there were no broadcast posts
     * @param answeredShare share of items received with a response (reply, hand-off, no reply needed, moderation)
     */
    public record AccountFigures(
            String account,
            long received,
            long answered,
            long replies,
            long broadcasts,
            Double dialogueRatio,
            Double answeredShare,
            Duration medianFirstResponse,
            Duration p90FirstResponse,
            long slaBreaches) {}

    /** "1 h 5 min", "12 min", "–". */
    public static String describe(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.toSeconds() + " s";
        }
        long hours = minutes / 60;
        return hours == 0 ? minutes + " min" : hours + " h " + (minutes % 60) + " min";
    }

    public static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    public static String ratio(Double ratio) {
        return ratio == null ? "–" : String.format("%.1f", ratio);
    }
}
