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
        assertThat(page.locator(".govuk-notification-banner")).containsText("on its way");
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
        assertThat(page.locator(".govuk-notification-banner")).containsText("review");
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
