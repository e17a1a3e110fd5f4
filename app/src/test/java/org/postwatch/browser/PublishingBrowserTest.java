package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationRequest;
import org.postwatch.publishing.PublicationState;
import org.postwatch.publishing.Publishing;
import org.postwatch.publishing.PublishingPause;
import org.postwatch.publishing.sandbox.SandboxFault;
import org.postwatch.publishing.sandbox.SandboxNetwork;
import org.postwatch.support.BrowserTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

class PublishingBrowserTest extends BrowserTest {

    @Autowired
    Publishing publishing;

    @Autowired
    PublishingPause pause;

    @Autowired
    SandboxNetwork sandbox;

    @AfterEach
    void resumeStaffordshire() {
        SignedIn.as(demo.user("sta.admin"), () -> {
            if (!pause.active().isEmpty()) {
                pause.resume(null, "Browser test finished");
            }
        });
    }

    @Test
    void aReviewerPausesPostingEveryoneSeesItAndResumingReleasesTheHeldPost() {
        signIn("sta.reviewer");
        page.navigate(url("/publishing/pause"));
        page.getByLabel("Reason").fill("Major incident in Stafford town centre: routine posts stopped");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause posting"))
                .click();

        // Other notices (a risk to life in the inbox) may share the banner area.
        assertThat(page.locator(".pw-incident-banner").filter(new Locator.FilterOptions().setHasText("paused")))
                .containsText("All posts for Staffordshire Police are paused: Major incident in Stafford town centre");
        screenshot("publishing-pause-active");

        String text = "Reminder: the Stafford road safety roadshow is on Saturday " + UUID.randomUUID();
        var request = PublicationRequest.now(
                PublicationId.random(), "post-browser", UUID.randomUUID(), Channel.SANDBOX, "@StaffsPoliceDogs", text);
        SignedIn.as(demo.user("sta.reviewer"), () -> publishing.schedule(request));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SignedIn.as(demo.user("sta.reviewer"), () -> publishing.status(request.id()))
                                .waitingReason()
                        != null);
        page.navigate(url("/publishing/publications/" + request.id()));
        assertThat(page.locator("#publication-status")).containsText("Posting is paused");
        screenshot("publishing-publication-held");
        onAPhone();
        screenshot("publishing-publication-held-phone");
        page.setViewportSize(1280, 900);

        page.navigate(url("/publishing/pause"));
        page.getByLabel("Reason for resuming").fill("Incident stood down by Silver command");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume posting"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Posting has resumed");
        assertThat(page.locator(".pw-incident-banner").filter(new Locator.FilterOptions().setHasText("paused")))
                .hasCount(0);
        assertThat(page.locator("table")).containsText("Incident stood down by Silver command");
        screenshot("publishing-pause-history");

        page.navigate(url("/publishing/publications/" + request.id()));
        assertThat(page.locator("#publication-status"))
                .containsText("Published", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        screenshot("publishing-publication-published");

        page.navigate(url("/sandbox/StaffsPoliceDogs"));
        assertThat(page.locator(".pw-timeline")).containsText(text);
        screenshot("sandbox-timeline");
        onAPhone();
        screenshot("sandbox-timeline-phone");
    }

    @Test
    void theCommsTeamSeesWhatIsComingUpAndWhatFailedInThePlatformsWords() {
        String handle = "@GlosPoliceDogs";
        var reviewer = demo.user("glo.reviewer");
        String failing = "@BrowserFault" + UUID.randomUUID().toString().substring(0, 6);
        SignedIn.as(
                reviewer,
                () -> sandbox.failNext(
                        failing, SandboxFault.Mode.REJECT, 1, "This account has been suspended for review", "test"));
        var refused = PublicationRequest.now(
                PublicationId.random(),
                "post-refused",
                UUID.randomUUID(),
                Channel.SANDBOX,
                failing,
                "Lost dog found in Cheltenham: is he yours?");
        var later = PublicationRequest.now(
                        PublicationId.random(),
                        "post-later",
                        UUID.randomUUID(),
                        Channel.SANDBOX,
                        handle,
                        "Meet PD Juno at the Cheltenham open day, 10am to 2pm")
                .at(Instant.now().plus(Duration.ofDays(1)));
        SignedIn.as(reviewer, () -> publishing.schedule(refused));
        SignedIn.as(reviewer, () -> publishing.schedule(later));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> SignedIn.as(reviewer, () -> publishing.status(refused.id()))
                                .state()
                        == PublicationState.FAILED);

        signIn("glo.reviewer");
        page.navigate(url("/publishing"));
        assertThat(page.locator("main")).containsText("This account has been suspended for review");
        assertThat(page.locator("main")).containsText("Meet PD Juno at the Cheltenham open day");
        screenshot("publishing-overview");

        page.navigate(
                url("/publishing/calendar?week=" + java.time.LocalDate.now().plusDays(1)));
        assertThat(page.locator(".pw-calendar")).containsText("Meet PD Juno");
        screenshot("publishing-calendar");

        page.navigate(url("/publishing/publications/" + refused.id()));
        assertThat(page.locator("#publication-status")).containsText("Refused by the platform");
        screenshot("publishing-publication-failed");
        SignedIn.as(reviewer, () -> publishing.cancel(later.id()));
    }
}
