package org.postwatch.insights.web;

import java.util.List;
import java.util.Set;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** Insights in the main navigation: the force's dashboards, or for the inspectorate every force side by side. */
@Component
class InsightsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem(
                        "Insights", "/insights", 75, Set.of(Role.REVIEWER, Role.FORCE_ADMIN, Role.ACCOUNT_MANAGER)),
                new NavigationItem("Insights across forces", "/insights/inspection", 74, Set.of(Role.INSPECTOR)));
    }
}
