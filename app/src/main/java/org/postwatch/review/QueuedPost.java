package org.postwatch.review;

import java.time.Duration;
import java.time.Instant;
import org.postwatch.posts.PostView;

/**
 * A held post in the queue, with how long it has waited in office time and whether it is past the force's target.
 */
public record QueuedPost(PostView post, Instant submittedAt, Duration officeTimeWaiting, boolean overdue) {

    /** "1 hour 5 minutes", "12 minutes". */
    public String waiting() {
        long minutes = officeTimeWaiting.toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (h + " " + m).strip();
    }
}
