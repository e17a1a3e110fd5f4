package org.postwatch.safeguard.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.safeguard.domain.CourtCase;
import org.postwatch.safeguard.domain.CourtCaseRepository;
import org.postwatch.safeguard.domain.PolicyStatus;
import org.postwatch.safeguard.domain.PolicyVersion;
import org.postwatch.safeguard.domain.PolicyVersionRepository;
import org.springframework.stereotype.Component;

/** Navigation and home panels: the check pages for everyone, the policy for force administrators, cases for their keepers. */
@Component
class SafeguardHomePanels implements NavigationContributor, HomePanelContributor {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CASE_KEEPERS = EnumSet.of(Role.REVIEWER, Role.PROFESSIONAL_STANDARDS);

    private final PolicyVersionRepository versions;
    private final CourtCaseRepository cases;
    private final LondonTime london;

    SafeguardHomePanels(PolicyVersionRepository versions, CourtCaseRepository cases, LondonTime london) {
        this.versions = versions;
        this.cases = cases;
        this.london = london;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("Check a post", "/safeguard/check", 20, EVERYONE),
                new NavigationItem("Before you post", "/safeguard/before-you-post", 25, EVERYONE),
                new NavigationItem("Active cases", "/safeguard/cases", 70, CASE_KEEPERS),
                new NavigationItem("Safeguard policy", "/safeguard/policy", 85, Set.of(Role.FORCE_ADMIN)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<HomePanel> panels = new ArrayList<>();
        panels.add(new HomePanel(
                "Check a post",
                List.of("See what the safeguard checks say about a post as you type it, and why. Nothing is"
                        + " recorded."),
                "Check a post",
                "/safeguard/check",
                20,
                false));
        panels.add(new HomePanel(
                "Before you post",
                List.of("A private check for your own social media, with advice based on the Code of Ethics."
                        + " Nothing you type is stored."),
                "Check before you post",
                "/safeguard/before-you-post",
                25,
                false));
        if (user.has(Role.FORCE_ADMIN)) {
            List<PolicyVersion> all = versions.all(user.forceId());
            List<String> lines = new ArrayList<>();
            all.stream()
                    .filter(PolicyVersion::isActive)
                    .findFirst()
                    .ifPresent(v -> lines.add("Version " + v.number() + " (" + v.label() + ") is active since "
                            + london.date(v.activatedAt()) + "."));
            long drafts =
                    all.stream().filter(v -> v.status() == PolicyStatus.DRAFT).count();
            if (drafts > 0) {
                lines.add(drafts + (drafts == 1 ? " draft is" : " drafts are")
                        + " waiting to be evaluated or activated.");
            }
            lines.add("The force's own phone numbers and websites, which the checks never flag, are kept there too.");
            panels.add(new HomePanel("Safeguard policy", lines, "Manage the policy", "/safeguard/policy", 85, false));
        }
        if (user.hasAny(Role.REVIEWER, Role.PROFESSIONAL_STANDARDS)) {
            List<CourtCase> open = cases.open(user.forceId());
            List<String> lines = new ArrayList<>();
            lines.add(open.size() + (open.size() == 1 ? " case is" : " cases are") + " before the courts.");
            open.stream()
                    .filter(c -> c.details().nextHearing() != null)
                    .findFirst()
                    .ifPresent(c -> lines.add("Next hearing: " + c.details().reference() + " on "
                            + london.date(c.details().nextHearing()) + "."));
            panels.add(new HomePanel(
                    "Active court cases", lines, "Keep the list up to date", "/safeguard/cases", 70, false));
        }
        return panels;
    }
}
