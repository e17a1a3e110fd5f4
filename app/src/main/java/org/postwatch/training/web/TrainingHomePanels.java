package org.postwatch.training.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postwatch.accounts.Contribution;
import org.postwatch.accounts.PostingRights;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.training.ExpiryNotice;
import org.postwatch.training.ExpiryNotices;
import org.springframework.stereotype.Component;

/** Everyone's "Your posting rights" panel (with notices of courses about to expire) and the training menu items. */
@Component
class TrainingHomePanels implements NavigationContributor, HomePanelContributor {

    private final PostingRights rights;
    private final ExpiryNotices notices;

    TrainingHomePanels(PostingRights rights, ExpiryNotices notices) {
        this.rights = rights;
        this.notices = notices;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("My posting rights", "/my/posting-rights", 15, EnumSet.allOf(Role.class)),
                new NavigationItem("Training", "/training", 40, Set.of(Role.TRAINING_ADMIN)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<ExpiryNotice> open = notices.openFor(user.staffId());
        List<Contribution> contributions = rights.contributionsOf(user.staffId());
        boolean suspended = rights.suspensionOf(user.staffId()).isPresent();
        if (open.isEmpty() && contributions.isEmpty() && !suspended) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (ExpiryNotice notice : open) {
            lines.add(TrainingPages.noticeText(notice));
        }
        List<String> allowed = contributions.stream()
                .filter(c -> c.permission().allowed())
                .map(c -> c.account().handle())
                .toList();
        if (!allowed.isEmpty()) {
            lines.add("You may post to " + String.join(", ", allowed) + ".");
        }
        contributions.stream()
                .filter(c -> !c.permission().allowed())
                .forEach(c -> lines.add("You cannot post to " + c.account().handle() + ". "
                        + String.join(". ", c.permission().reasons()) + "."));
        if (contributions.isEmpty() && suspended) {
            lines.add("Your posting rights are suspended.");
        }
        boolean important = !open.isEmpty()
                || contributions.stream().anyMatch(c -> !c.permission().allowed())
                || suspended;
        return List.of(new HomePanel(
                "Your posting rights", lines, "See your courses and accounts", "/my/posting-rights", 10, important));
    }
}
