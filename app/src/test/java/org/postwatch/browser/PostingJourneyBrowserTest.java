package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class PostingJourneyBrowserTest extends BrowserTest {

    @Test
    void dogHandlerIsBlockedForNamingAVictimFixesItAndPostsThenAHeldPostIsApprovedAndAppearsOnTheSandbox() {
        signIn("glo.handler");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Write a post").setExact(true))
                .first()
                .click();
        page.getByLabel("@GlosPoliceDogs on Sandbox").check();
        page.getByLabel("Strategy objective").selectOption("ENGAGEMENT");
        Locator text = page.getByLabel("Your post");
        text.pressSequentially("Victim Jane Smith, 34, was assaulted on Elm Road last night. PD Max tracked the"
                + " suspect in minutes.");
        assertThat(page.locator("[data-testid=saved]")).containsText("Saved at");
        assertThat(page.locator("[data-testid=live-outcome]")).containsText("Blocked");
        screenshot("posting-1-live-check-blocked");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit post"))
                .click();
        assertThat(page.locator("[data-testid=submit-result]")).containsText("Blocked");
        assertThat(page.locator("[data-testid=submit-result]")).containsText("change the words marked below");
        assertThat(page.locator(".pw-findings").first()).containsText("victim");
        assertThat(page.getByLabel("Your post")).hasValue(java.util.regex.Pattern.compile(".*Jane Smith.*"));
        screenshot("posting-2-submit-blocked-text-kept");

        String fixed = "A woman in her 30s was assaulted on Elm Road last night. PD Max tracked the suspect in"
                + " minutes and a man has been arrested. Good boy, Max!";
        page.getByLabel("Your post").fill(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit post"))
                .click();
        assertThat(page.locator(".govuk-notification-banner:not(.pw-incident-banner)"))
                .containsText("on its way");
        eventually(() -> {
            page.reload();
            return page.locator(".pw-post-state").first().textContent().contains("Published");
        });
        screenshot("posting-3-published");

        page.navigate(url("/posts/new"));
        page.getByLabel("@GlosPoliceDogs on Sandbox").check();
        page.getByLabel("Strategy objective").selectOption("APPEAL_FOR_INFORMATION");
        String held = "Have you seen this silver Ford Focus, registration WX19 ABC? It was used in a burglary"
                + " our dogs attended. Call 101.";
        page.getByLabel("Your post").fill(held);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit post"))
                .click();
        assertThat(page.locator(".govuk-notification-banner:not(.pw-incident-banner)"))
                .containsText("review");
        assertThat(page.locator(".pw-post-state").first()).containsText("Waiting for review");
        screenshot("posting-4-sent-for-review");

        context.clearCookies();
        signIn("glo.reviewer");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Review queue \\(\\d+\\)")))
                .first()
                .click();
        Locator row =
                page.locator("[data-testid=queued-post]").filter(new Locator.FilterOptions().setHasText("silver Ford"));
        assertThat(row).containsText("Dog");
        screenshot("posting-5-review-queue");
        row.getByRole(AriaRole.LINK).first().click();
        assertThat(page.locator("mark").first()).containsText("WX19 ABC");
        screenshot("posting-6-review-post");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Approved");

        eventually(() -> {
            page.navigate(url("/sandbox/GlosPoliceDogs"));
            return page.content().contains("WX19 ABC");
        });
        assertThat(page.locator("body")).containsText("PD Max tracked the suspect");
        screenshot("posting-7-sandbox-timeline");
    }

    @Test
    void anImageWithAltTextIsApprovedWithEditsCheckedAgainPublishedThenTakenDownAndTheCalendarShowsIt()
            throws Exception {
        signIn("glo.handler");
        page.navigate(url("/posts/new"));
        page.getByLabel("@GlosPoliceDogs on Sandbox").check();
        page.getByLabel("Strategy objective").selectOption("APPEAL_FOR_INFORMATION");
        String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Your post")
                .fill("Have you seen this silver Ford Focus, registration WX19 ABC? It was used in a burglary our"
                        + " dogs attended in Tewkesbury. Call 101, ref " + marker + ".");
        assertThat(page.locator("[data-testid=live-outcome]")).containsText("Held");
        page.waitForResponse(
                r -> r.url().endsWith("/posts/autosave"),
                () -> page.getByLabel("Your post").press("End"));
        assertThat(page.locator("[data-testid=saved]")).containsText("Saved at");
        String id = page.locator("#post-id").inputValue();

        page.navigate(url("/posts/" + id + "/edit"));
        assertThat(page.getByLabel("Your post")).hasValue(java.util.regex.Pattern.compile(".*WX19 ABC.*"));
        java.nio.file.Path photo = puppyPhoto();
        page.getByLabel("Image (JPG, PNG, GIF or WebP, up to 5 MB)").setInputFiles(photo);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add image"))
                .click();
        assertThat(page.locator(".govuk-notification-banner, .govuk-error-summary")
                        .first())
                .containsText("alt text");
        page.getByLabel("Image (JPG, PNG, GIF or WebP, up to 5 MB)").setInputFiles(photo);
        page.getByLabel("Describe the image for people who cannot see it")
                .fill("A silver hatchback parked on a residential street");
        page.getByLabel("Your right to use it").selectOption("FORCE_OWNED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add image"))
                .click();
        assertThat(page.locator(".pw-images")).containsText("A silver hatchback parked on a residential street");
        screenshot("posting-8-image-with-alt-text");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit post"))
                .click();
        assertThat(page.locator(".govuk-notification-banner:not(.pw-incident-banner)"))
                .containsText("review");

        context.clearCookies();
        signIn("glo.reviewer");
        page.navigate(url("/review/" + id));
        assertThat(page.locator("mark").first()).containsText("WX19 ABC");
        assertThat(page.locator("img[alt='A silver hatchback parked on a residential street']"))
                .isVisible();
        String edited = "Have you seen a silver Ford Focus in Tewkesbury last night? It was used in a burglary our"
                + " dogs attended. Call 101, ref " + marker + ".";
        page.getByLabel("The post (edit it to approve with edits: it is checked again)")
                .fill(edited);
        page.getByLabel("Note to the author (optional)").fill("Removed the registration: not confirmed yet");
        screenshot("posting-9-reviewer-edits");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Approve").setExact(true))
                .click();
        assertThat(page.locator(".govuk-notification-banner:not(.pw-incident-banner)"))
                .containsText("Approved with your edits");

        page.navigate(url("/posts/" + id));
        assertThat(page.locator("[data-testid=post-text]")).hasText(edited);
        assertThat(page.locator("table.govuk-table").first().locator("tbody tr"))
                .hasCount(2);
        eventually(() -> {
            page.reload();
            return page.locator(".pw-post-state").first().textContent().contains("Published");
        });
        screenshot("posting-10-approved-with-edits-checked-again");
        page.navigate(url("/sandbox/GlosPoliceDogs"));
        assertThat(page.locator("body")).containsText("ref " + marker);
        assertThat(page.locator("img[alt='A silver hatchback parked on a residential street']")
                        .first())
                .isVisible();

        page.navigate(url("/posts/calendar"));
        assertThat(page.locator("[data-testid=calendar-grid]")).containsText("@GlosPoliceDogs");
        screenshot("posting-11-calendar-month");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week view"))
                .click();
        assertThat(page.locator("[data-testid=calendar-title]")).containsText("Week of");
        assertThat(page.locator("[data-testid=calendar-grid]"))
                .containsText("Have you seen a silver Ford Focus in Tewkesbury");
        screenshot("posting-12-calendar-week");

        page.navigate(url("/posts/" + id));
        page.getByLabel("Reason (required, recorded)").fill("The owner has been traced: appeal no longer needed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete and take it down"))
                .click();
        // it asks first, showing the post and the reason
        assertThat(page.locator("h1")).hasText("Delete and take down this post?");
        assertThat(page.locator("main")).containsText("appeal no longer needed");
        screenshot("posting-13a-confirm-take-down");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, delete and take it down"))
                .click();
        assertThat(page.locator(".govuk-notification-banner:not(.pw-incident-banner)"))
                .containsText("taking it down");
        eventually(() -> {
            page.reload();
            return page.locator("[data-testid=takedown]").textContent().contains("Taken down");
        });
        assertThat(page.locator("[data-testid=takedown]")).containsText("appeal no longer needed");
        screenshot("posting-13-taken-down");
        page.navigate(url("/sandbox/GlosPoliceDogs"));
        assertThat(page.locator("body")).not().containsText("ref " + marker);

        onAPhone();
        page.navigate(url("/posts/calendar"));
        assertThat(page.locator("[data-testid=calendar-list]")).isVisible();
        assertThat(page.locator("[data-testid=calendar-grid]")).isHidden();
        screenshot("posting-14-calendar-phone");
    }

    private static java.nio.file.Path puppyPhoto() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xB1, 0xB4, 0xB6));
        g.fillRect(0, 0, 320, 200);
        g.setColor(new java.awt.Color(0x1D, 0x70, 0xB8));
        g.fillRoundRect(60, 80, 200, 70, 30, 30);
        g.dispose();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("car", ".png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void composePageWorksOnAPhone() {
        signIn("glo.neighbourhood");
        onAPhone();
        page.navigate(url("/posts/new"));
        assertThat(page.getByLabel("Your post")).isVisible();
        page.getByLabel("Your post").pressSequentially("Bike marking on Thursday at the library, 2pm to 4pm.");
        assertThat(page.locator("[data-testid=live-outcome]")).containsText("Allowed");
        screenshot("posting-phone-compose");
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not done within 30 seconds");
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
