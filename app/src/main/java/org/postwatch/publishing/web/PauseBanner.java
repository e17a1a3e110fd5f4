package org.postwatch.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.platform.Banner;
import org.postwatch.platform.BannerContributor;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.publishing.PauseNotice;
import org.postwatch.publishing.domain.PauseRepository;
import org.postwatch.publishing.domain.PublicationRepository;
import org.springframework.stereotype.Component;

/** Shows every active critical-incident pause on every page of the force. */
@Component
class PauseBanner implements BannerContributor {

    private final PauseRepository pauses;
    private final PublicationRepository publications;
    private final LondonTime london;

    PauseBanner(PauseRepository pauses, PublicationRepository publications, LondonTime london) {
        this.pauses = pauses;
        this.publications = publications;
        this.london = london;
    }

    @Override
    public List<Banner> banners(PostwatchUser user) {
        List<PauseNotice> active = pauses.active(user.forceId());
        if (active.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> handles = publications.knownAccounts(user.forceId()).stream()
                .collect(Collectors.toMap(a -> a.account(), a -> a.handle(), (a, b) -> a));
        boolean canAct = user.hasAny(Role.REVIEWER, Role.FORCE_ADMIN);
        return active.stream()
                .map(pause -> new Banner(
                        "Posting is paused",
                        (pause.wholeForce()
                                        ? "All posts for " + user.forceName() + " are paused"
                                        : "Posts to " + accounts(pause, handles) + " are paused")
                                + ": " + pause.reason() + " (by " + pause.pausedBy() + ", "
                                + london.dateTime(pause.pausedAt()) + ")",
                        canAct ? "Resume or change the pause" : null,
                        canAct ? "/publishing/pause" : null))
                .toList();
    }

    private static String accounts(PauseNotice pause, Map<UUID, String> handles) {
        return pause.accounts().stream()
                .map(id -> handles.getOrDefault(id, "an account"))
                .sorted()
                .collect(Collectors.joining(", "));
    }
}
