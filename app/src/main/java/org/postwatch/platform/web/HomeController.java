package org.postwatch.platform.web;

import java.util.Comparator;
import java.util.List;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in page and each person's home page, built from what every module contributes for their roles. */
@Controller
class HomeController implements NavigationContributor {

    private final List<HomePanelContributor> contributors;

    HomeController(List<HomePanelContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("Home", "/", 0, java.util.EnumSet.allOf(Role.class)));
    }

    @GetMapping("/")
    String home(Model model) {
        PostwatchUser user = CurrentUser.get();
        List<HomePanel> panels = contributors.stream()
                .flatMap(contributor -> contributor.homePanels(user).stream())
                .sorted(Comparator.comparing(HomePanel::important).reversed().thenComparingInt(HomePanel::order))
                .toList();
        model.addAttribute("panels", panels);
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
