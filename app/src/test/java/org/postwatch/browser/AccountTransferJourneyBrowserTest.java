package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class AccountTransferJourneyBrowserTest extends BrowserTest {

    @Test
    void accountManagerTransfersTheUnofficialAccountAndTheAccreditedContributorMayPostToIt() {
        signIn("sta.accounts");
        page.navigate(url("/accounts"));
        screenshot("accounts-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("@StaffordBeatPC"))
                .click();
        assertThat(page.locator("#transfer-status")).containsText("will become a team account");
        screenshot("account-transfer-pending");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Complete the transfer"))
                .click();
        page.getByLabel("Post with review").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the transfer"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("now belongs to the force");
        assertThat(page.locator(".govuk-caption-l")).containsText("Team account on Instagram");
        assertThat(page.locator("#contributors")).containsText("Aisha Begum");
        screenshot("account-transferred");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a contributor"))
                .click();
        page.getByLabel("Person").fill("nobody at all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contributor"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("No serving member of staff matches");
        screenshot("contributor-not-found");
        page.getByLabel("Person").fill("4417");
        page.getByLabel("Post with checks").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add contributor"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("Dan Whitfield is now a contributor on @StaffordBeatPC. They cannot post yet");
        assertThat(page.locator("#contributors")).containsText("Has not completed the posting on Instagram course");
        screenshot("contributor-granted-not-accredited");

        switchUser("sta.handler");
        page.navigate(url("/my/posting-rights"));
        assertThat(page.locator("#may-post")).not().containsText("@StaffordBeatPC");
        assertThat(page.locator(".pw-refusal")).containsText("You have not completed the posting on Instagram course");
        screenshot("my-posting-rights-before-training");

        switchUser("sta.training");
        page.navigate(url("/training"));
        page.getByLabel("Name, collar number, e-mail or unit").fill("Whitfield");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dan Whitfield"))
                .click();
        page.getByLabel("Course")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Posting on Instagram (CH-INSTAGRAM)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record completion"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("Posting on Instagram is recorded");
        screenshot("training-recorded");

        switchUser("sta.handler");
        page.navigate(url("/my/posting-rights"));
        assertThat(page.locator("#may-post")).containsText("@StaffordBeatPC");
        assertThat(page.locator("#may-post")).containsText("@StaffsPoliceDogs");
        screenshot("my-posting-rights-after-training");
        onAPhone();
        screenshot("my-posting-rights-phone");
    }

    @Test
    void theReviewerWhoseCourseLapsedSeesWhyTheyCannotPost() {
        signIn("glo.reviewer");

        assertThat(page.locator(".pw-panel--important")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Your posting rights")))
                .containsText("You cannot post to @GlosPolice");
        screenshot("home-lapsed-contributor");
        page.navigate(url("/my/posting-rights"));
        assertThat(page.locator(".pw-refusal")).containsText("Your operational security awareness course expired on");
        screenshot("my-posting-rights-lapsed");
    }

    @Test
    void theAccountManagerSeesAlertsAndTheAccountDetails() {
        signIn("glo.accounts");
        screenshot("home-account-manager");
        page.navigate(url("/accounts/alerts"));
        assertThat(page.locator("#alerts")).containsText("Cheltenham Neighbourhood Policing");
        screenshot("account-alerts");
        page.navigate(url("/accounts"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("@GlosPolice").setExact(true))
                .click();
        assertThat(page.locator("#contributors")).containsText("Jo Bennett");
        screenshot("account-detail-corporate");
        onAPhone();
        screenshot("account-detail-corporate-phone");
    }

    private void switchUser(String username) {
        context.clearCookies();
        signIn(username);
    }
}
