package org.postwatch.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.postwatch.platform.Banner;
import org.postwatch.platform.BannerContributor;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the signed-in user, their navigation and force-wide banners. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationContributor> navigation;
    private final List<BannerContributor> banners;
    private final String serviceName;

    LayoutModel(
            List<NavigationContributor> navigation,
            List<BannerContributor> banners,
            @Value("${postwatch.service-name:Postwatch}") String serviceName) {
        this.navigation = navigation;
        this.banners = banners;
        this.serviceName = serviceName;
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return serviceName;
    }

    @ModelAttribute("currentUser")
    PostwatchUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavLink> navigation(HttpServletRequest request) {
        return CurrentUser.find()
                .map(user -> navigation.stream()
                        .flatMap(contributor -> contributor.navigationItems().stream())
                        .filter(item -> item.visibleTo(user))
                        .sorted(Comparator.comparingInt(NavigationItem::order))
                        .map(item -> new NavLink(item.label(), item.path(), isActive(item.path(), request)))
                        .toList())
                .orElse(List.of());
    }

    @ModelAttribute("banners")
    List<Banner> banners() {
        return CurrentUser.find()
                .map(user -> banners.stream()
                        .flatMap(contributor -> contributor.banners(user).stream())
                        .toList())
                .orElse(List.of());
    }

    private static boolean isActive(String path, HttpServletRequest request) {
        String current = request.getRequestURI();
        return "/".equals(path) ? "/".equals(current) : current.startsWith(path);
    }

    record NavLink(String label, String path, boolean active) {}
}
