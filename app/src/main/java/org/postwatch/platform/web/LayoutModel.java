package org.postwatch.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.postwatch.platform.Banner;
import org.postwatch.platform.BannerContributor;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every page's layout needs: the signed-in user, their navigation and force-wide banners. Added only when a view
 * is about to be rendered, so API calls and redirects pay nothing for it.
 */
@Component
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        view.addObject("serviceName", serviceName);
        view.addObject("currentUser", CurrentUser.find().orElse(null));
        view.addObject("navigation", navigation(request));
        view.addObject("banners", banners());
    }

    List<NavLink> navigation(HttpServletRequest request) {
        return CurrentUser.find()
                .map(user -> {
                    List<NavigationItem> items = navigation.stream()
                            .flatMap(contributor -> contributor.navigationItems().stream())
                            .filter(item -> item.visibleTo(user))
                            .sorted(Comparator.comparingInt(NavigationItem::order))
                            .toList();
                    String current = current(items, request.getRequestURI());
                    return items.stream()
                            .map(item -> new NavLink(
                                    item.label(), item.path(), item.path().equals(current)))
                            .toList();
                })
                .orElse(List.of());
    }

    List<Banner> banners() {
        return CurrentUser.find()
                .map(user -> banners.stream()
                        .flatMap(contributor -> contributor.banners(user).stream())
                        .toList())
                .orElse(List.of());
    }

    /**
     * The one item for the page: the longest path that is the page's path or a folder of it, so "Write a post"
     * (/posts/new) is current on its page and "My posts" (/posts) is not, and /reviewer is not under /review.
     */
    static String current(List<NavigationItem> items, String page) {
        String best = null;
        for (NavigationItem item : items) {
            String path = item.path();
            boolean under = "/".equals(path)
                    ? "/".equals(page)
                    : page.equals(path) || page.startsWith(path.endsWith("/") ? path : path + "/");
            if (under && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best;
    }

    record NavLink(String label, String path, boolean active) {}
}
