package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class SignInJourneyBrowserTest extends BrowserTest {

    @Test
    void dogHandlerSignsInAndSeesTheirHomePage() {
        signIn("glo.handler");

        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Sam Archer");
        assertThat(page.locator(".pw-header__force")).hasText("Gloucestershire Constabulary");
        assertThat(page.locator(".govuk-service-navigation")).not().containsText("Staff");
        screenshot("home-contributor");

        onAPhone();
        screenshot("home-contributor-phone");
    }

    @Test
    void forceAdministratorAddsAPersonAndSeesTheFormErrorsFirst() {
        signIn("sta.admin");
        page.navigate(url("/admin/staff/new"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add person"))
                .click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a given name");
        screenshot("staff-form-errors");

        page.getByLabel("Given name").fill("Bea");
        page.getByLabel("Family name").fill("Holloway");
        page.getByLabel("Police community support officer").check();
        page.getByLabel("Rank or grade").fill("PCSO");
        page.getByLabel("Unit or team").fill("Neighbourhood Team – Burton");
        page.getByLabel("Work e-mail address").fill("bea.holloway@staffordshire.police.uk");
        page.getByLabel("Contributor", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Add person"))
                .click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Bea Holloway has been added");
        screenshot("staff-added");
    }

    @Test
    void wrongPasswordShowsAnError() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("glo.reviewer");
        page.getByLabel("Password").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
        screenshot("sign-in-error");
    }
}
