package org.postwatch.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** Navigation and home page panels about people: staff figures for force administrators, everyone's own profile. */
@Component
class IdentityHomePanels implements HomePanelContributor, NavigationContributor {

    private final StaffDirectory directory;

    IdentityHomePanels(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("Staff", "/admin/staff", 90, Set.of(Role.FORCE_ADMIN)));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.has(Role.FORCE_ADMIN)) {
            List<StaffMember> staff = directory.all();
            long serving = staff.stream().filter(StaffMember::isActive).count();
            long withoutRoles = staff.stream()
                    .filter(member -> member.isActive() && member.roles().isEmpty())
                    .count();
            List<String> lines = new ArrayList<>();
            lines.add(serving + " serving staff in Postwatch, " + (staff.size() - serving) + " who have left.");
            if (withoutRoles > 0) {
                lines.add(withoutRoles + " serving staff have no role yet.");
            }
            panels.add(new HomePanel("Staff and roles", lines, "Manage staff", "/admin/staff", 90, false));
        }
        panels.add(new HomePanel(
                "Your profile",
                List.of("Your details, roles and personal API tokens."),
                "Open your profile",
                "/profile",
                1000,
                false));
        return panels;
    }
}
