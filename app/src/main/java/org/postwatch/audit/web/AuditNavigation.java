package org.postwatch.audit.web;

import java.util.List;
import java.util.Set;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** The audit trail in the main navigation, for the roles that read it. */
@Component
class AuditNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                new NavigationItem("Audit", "/audit", 100, Set.of(Role.FORCE_ADMIN, Role.PROFESSIONAL_STANDARDS)));
    }
}
