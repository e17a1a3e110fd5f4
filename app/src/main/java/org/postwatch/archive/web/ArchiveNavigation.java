package org.postwatch.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.archive.ArchiveOverview;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** The archive in the main navigation, and home panels: records due for review, active legal holds. */
@Component
class ArchiveNavigation implements NavigationContributor, HomePanelContributor {

    private final ArchiveOverview overview;

    ArchiveNavigation(ArchiveOverview overview) {
        this.overview = overview;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem(
                "Archive", "/archive", 80, Set.of(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN, Role.REVIEWER)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.has(Role.FORCE_ADMIN)) {
            long due = overview.dueForReview();
            panels.add(new HomePanel(
                    "Archive retention",
                    List.of(
                            due == 0
                                    ? "No archive records are due for review."
                                    : (due >= ArchiveOverview.COUNT_LIMIT ? "More than " + due : due)
                                            + " archive records are due for a retention review."),
                    "Review records",
                    "/archive/review",
                    80,
                    due > 0));
        }
        if (user.hasAny(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN)) {
            long holds = overview.activeHolds();
            panels.add(new HomePanel(
                    "Legal holds",
                    List.of(holds == 1 ? "1 legal hold is in force." : holds + " legal holds are in force."),
                    "Search the archive",
                    "/archive",
                    81,
                    false));
        }
        return panels;
    }
}
