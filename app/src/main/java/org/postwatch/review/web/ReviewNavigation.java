package org.postwatch.review.web;

import java.util.List;
import java.util.Set;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.review.QueuedPost;
import org.postwatch.review.ReviewQueue;
import org.springframework.stereotype.Component;

/** "Review queue (N)" for reviewers, and their home panel with what is overdue. */
@Component
class ReviewNavigation implements NavigationContributor, HomePanelContributor {

    private final ReviewQueue queue;

    ReviewNavigation(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        boolean reviewer = CurrentUser.find().map(u -> u.has(Role.REVIEWER)).orElse(false);
        String label = reviewer && Tenancy.currentForce().isPresent()
                ? "Review queue (" + queue.openCount() + ")"
                : "Review queue";
        return List.of(
                new NavigationItem(label, "/review", 16, Set.of(Role.REVIEWER)),
                new NavigationItem("Review time target", "/review/settings", 92, Set.of(Role.FORCE_ADMIN)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        if (!user.has(Role.REVIEWER)) {
            return List.of();
        }
        List<QueuedPost> waiting = queue.queue();
        long overdue = waiting.stream().filter(QueuedPost::overdue).count();
        List<String> lines = waiting.isEmpty()
                ? List.of("No posts are waiting for review.")
                : List.of(
                        waiting.size() + (waiting.size() == 1 ? " post is" : " posts are") + " waiting for review"
                                + (overdue > 0 ? ", " + overdue + " overdue." : "."),
                        "Oldest has waited " + waiting.getFirst().waiting() + " of office time.");
        return List.of(new HomePanel("Review queue", lines, "Open the review queue", "/review", 16, overdue > 0));
    }
}
