package org.postwatch.inbox.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.inbox.Inbox;
import org.postwatch.inbox.WaitingCounts;
import org.postwatch.platform.Banner;
import org.postwatch.platform.BannerContributor;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Component;

/**
 * "Inbox (N)" in the navigation, the home panel ("3 items waiting, 1 risk to life"), and for reviewers a force-wide
 * banner while any message suggesting a risk to life has not been handed to the control room.
 */
@Component
class InboxNavigation implements NavigationContributor, HomePanelContributor, BannerContributor {

    private final Inbox inbox;

    InboxNavigation(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        boolean desk = CurrentUser.find()
                .map(u -> u.hasAny(Role.REVIEWER, Role.CONTRIBUTOR))
                .orElse(false);
        String label = "Inbox";
        if (desk && Tenancy.currentForce().isPresent()) {
            label = "Inbox (" + inbox.waiting().waiting() + ")";
        }
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem(label, "/inbox", 15, Set.of(Role.REVIEWER, Role.CONTRIBUTOR)));
        items.add(new NavigationItem("Inbox settings", "/inbox/settings", 95, Set.of(Role.ACCOUNT_MANAGER)));
        return items;
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        if (!user.hasAny(Role.REVIEWER, Role.CONTRIBUTOR)) {
            return List.of();
        }
        WaitingCounts counts = inbox.waiting();
        List<String> lines = new ArrayList<>();
        if (counts.waiting() == 0 && counts.riskToLife() == 0) {
            lines.add("Nothing is waiting in the inbox.");
        } else {
            String summary = counts.waiting() + (counts.waiting() == 1 ? " item" : " items") + " waiting";
            if (counts.riskToLife() > 0) {
                summary += ", " + counts.riskToLife() + " risk to life";
            }
            lines.add(summary + ".");
            if (counts.overdue() > 0) {
                lines.add(counts.overdue() + " past their response target.");
            }
        }
        return List.of(new HomePanel(
                "Inbox", lines, "Open the inbox", "/inbox", 14, counts.riskToLife() > 0 || counts.overdue() > 0));
    }

    @Override
    public List<Banner> banners(PostwatchUser user) {
        if (!user.has(Role.REVIEWER)) {
            return List.of();
        }
        long urgent = inbox.openRisksToLife();
        if (urgent == 0) {
            return List.of();
        }
        return List.of(new Banner(
                "Risk to life in the inbox",
                urgent == 1
                        ? "1 message suggests a risk to life and has not been handed to the control room."
                        : urgent + " messages suggest a risk to life and have not been handed to the control room.",
                "Deal with it now",
                "/inbox?category=RISK_TO_LIFE"));
    }
}
