package org.postwatch.posts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.posts.PostState;
import org.postwatch.posts.PostView;
import org.postwatch.posts.Posts;
import org.springframework.stereotype.Component;

/** "Write a post" and "My posts" for contributors; home panels for the author's posts and failed publications. */
@Component
class PostsNavigation implements NavigationContributor, HomePanelContributor {

    private final Posts posts;

    PostsNavigation(Posts posts) {
        this.posts = posts;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("Write a post", "/posts/new", 12, Set.of(Role.CONTRIBUTOR)),
                new NavigationItem("My posts", "/posts", 14, Set.of(Role.CONTRIBUTOR)),
                new NavigationItem(
                        "Calendar",
                        "/posts/calendar",
                        17,
                        Set.of(Role.REVIEWER, Role.ACCOUNT_MANAGER, Role.FORCE_ADMIN)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.has(Role.CONTRIBUTOR)) {
            List<PostView> mine = posts.mine();
            long failed = count(mine, PostState.FAILED);
            long drafts = count(mine, PostState.DRAFT) + count(mine, PostState.BLOCKED);
            long waiting = count(mine, PostState.AWAITING_REVIEW);
            long rejected = count(mine, PostState.REJECTED);
            List<String> lines = new ArrayList<>();
            if (failed > 0) {
                lines.add(failed + (failed == 1 ? " post" : " posts") + " failed to publish: try again or change it.");
            }
            if (rejected > 0) {
                lines.add(rejected + (rejected == 1 ? " post was" : " posts were") + " rejected by a reviewer.");
            }
            lines.add(drafts + (drafts == 1 ? " draft" : " drafts") + ", " + waiting + " waiting for review.");
            panels.add(new HomePanel("Your posts", lines, "Open my posts", "/posts", 12, failed > 0 || rejected > 0));
        }
        if (user.has(Role.REVIEWER)) {
            long failed = posts.count(PostState.FAILED);
            if (failed > 0) {
                panels.add(new HomePanel(
                        failed + (failed == 1 ? " post failed" : " posts failed") + " to publish",
                        List.of("The platform refused them or Postwatch gave up; the authors have been told."),
                        "See scheduled and failed posts",
                        "/posts/failed",
                        13,
                        true));
            }
        }
        return panels;
    }

    private static long count(List<PostView> posts, PostState state) {
        return posts.stream().filter(p -> p.state() == state).count();
    }
}
