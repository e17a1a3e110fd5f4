package org.postwatch.accounts.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postwatch.accounts.AccountAlerts;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Component;

/** The Accounts menu item, and the account manager's alerts on their home page. */
@Component
class AccountsHomePanels implements NavigationContributor, HomePanelContributor {

    static final int SHOWN = 5;

    private final AccountAlerts alerts;

    AccountsHomePanels(AccountAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("Accounts", "/accounts", 30, readers()));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        if (!user.has(Role.ACCOUNT_MANAGER)) {
            return List.of();
        }
        List<AccountAlerts.Alert> current = alerts.current();
        if (current.isEmpty()) {
            return List.of(new HomePanel(
                    "Accounts",
                    List.of("No account needs attention: reviews are up to date and every account has a contributor"
                            + " who can post."),
                    "Open the accounts register",
                    "/accounts",
                    30,
                    false));
        }
        Map<AccountAlerts.Kind, Integer> counts = new LinkedHashMap<>();
        for (AccountAlerts.Kind kind : AccountAlerts.Kind.values()) {
            counts.put(kind, 0);
        }
        current.forEach(alert -> counts.merge(alert.kind(), 1, Integer::sum));
        List<String> lines = new ArrayList<>();
        counts.forEach((kind, count) -> {
            if (count > 0) {
                lines.add(kind.label() + ": " + count);
            }
        });
        current.stream().limit(SHOWN).forEach(alert -> lines.add(alert.account().handle() + " – " + alert.text()));
        if (current.size() > SHOWN) {
            lines.add("and " + (current.size() - SHOWN) + " more");
        }
        return List.of(new HomePanel(
                "Accounts needing attention (" + current.size() + ")",
                lines,
                "See all account alerts",
                "/accounts/alerts",
                30,
                true));
    }

    static Set<Role> readers() {
        return EnumSet.of(Role.ACCOUNT_MANAGER, Role.REVIEWER, Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN);
    }
}
