package org.postwatch.publishing.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postwatch.platform.HomePanel;
import org.postwatch.platform.HomePanelContributor;
import org.postwatch.platform.NavigationContributor;
import org.postwatch.platform.NavigationItem;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PauseNotice;
import org.postwatch.publishing.PublicationState;
import org.postwatch.publishing.TakedownState;
import org.postwatch.publishing.domain.PauseRepository;
import org.postwatch.publishing.domain.PublicationRepository;
import org.postwatch.publishing.domain.TakedownRepository;
import org.springframework.stereotype.Component;

/** The Publishing link, and a home panel for the comms team: what is queued, what failed, whether posting is paused. */
@Component
class PublishingNavigation implements NavigationContributor, HomePanelContributor {

    static final Set<Role> CAN_SEE = Set.of(Role.REVIEWER, Role.FORCE_ADMIN, Role.ACCOUNT_MANAGER);

    private final PublicationRepository publications;
    private final PauseRepository pauses;
    private final TakedownRepository takedowns;
    private final Clock clock;

    PublishingNavigation(
            PublicationRepository publications, PauseRepository pauses, TakedownRepository takedowns, Clock clock) {
        this.publications = publications;
        this.pauses = pauses;
        this.takedowns = takedowns;
        this.clock = clock;
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(new NavigationItem("Publishing", "/publishing", 40, CAN_SEE));
    }

    @Override
    public List<HomePanel> homePanels(PostwatchUser user) {
        if (CAN_SEE.stream().noneMatch(user::has)) {
            return List.of();
        }
        var force = Tenancy.requireForce();
        List<PauseNotice> active = pauses.active(force);
        long scheduled = publications.countInState(force, PublicationState.SCHEDULED)
                + publications.countInState(force, PublicationState.PUBLISHING);
        long failed = publications.inStates(force, List.of(PublicationState.FAILED), 200).stream()
                .filter(p -> p.finishedAt() != null
                        && p.finishedAt().isAfter(clock.instant().minus(Duration.ofDays(7))))
                .count();
        List<String> lines = new ArrayList<>();
        if (!active.isEmpty()) {
            lines.add("Posting is paused: " + active.getFirst().reason());
        }
        lines.add(scheduled + (scheduled == 1 ? " post" : " posts") + " waiting to be published.");
        if (failed > 0) {
            lines.add(failed + (failed == 1 ? " post" : " posts") + " failed to publish in the last 7 days.");
        }
        long notTakenDown = takedowns.countInState(force, TakedownState.FAILED);
        if (notTakenDown > 0) {
            lines.add(notTakenDown + (notTakenDown == 1 ? " deleted post" : " deleted posts")
                    + " could not be taken down: remove them on the platform by hand.");
        }
        return List.of(new HomePanel(
                "Publishing",
                lines,
                "Open publishing",
                "/publishing",
                40,
                !active.isEmpty() || failed > 0 || notTakenDown > 0));
    }
}
