package org.postwatch.conduct.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.conduct.domain.CaseRepository;
import org.postwatch.conduct.domain.InterimMeasureRepository;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** Conduct pages in the navigation, and a home panel for professional standards and for inspectors. */
@Component
class ConductHomePanels implements NavigationContributor, HomePanelContributor {

    private final CaseRepository cases;
    private final InterimMeasureRepository measures;

    ConductHomePanels(CaseRepository cases, InterimMeasureRepository measures) {
        this.cases = cases;
        this.measures = measures;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("Conduct cases", "/conduct/cases", 70, Set.of(Role.PROFESSIONAL_STANDARDS)),
                new NavigationItem(
                        "Conduct statistics", "/conduct/statistics", 71, Set.of(Role.PROFESSIONAL_STANDARDS)),
                new NavigationItem("Conduct across forces", "/conduct/inspection", 72, Set.of(Role.INSPECTOR)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.has(Role.PROFESSIONAL_STANDARDS)) {
            long open = cases.countOpen(user.forceId(), user.staffId());
            long active = measures.countActive(user.forceId());
            List<String> lines = new ArrayList<>();
            lines.add(open == 1 ? "1 open case." : open + " open cases.");
            if (active > 0) {
                lines.add(active == 1 ? "1 interim measure in force." : active + " interim measures in force.");
            }
            panels.add(new HomePanel("Conduct cases", lines, "Open the case register", "/conduct/cases", 70, false));
        }
        if (user.has(Role.INSPECTOR)) {
            panels.add(new HomePanel(
                    "Conduct across forces",
                    List.of("Social media conduct figures for every force, side by side, small numbers suppressed."),
                    "Compare forces",
                    "/conduct/inspection",
                    72,
                    false));
        }
        return panels;
    }
}
