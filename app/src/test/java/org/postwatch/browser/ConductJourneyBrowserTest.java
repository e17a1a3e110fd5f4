package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class ConductJourneyBrowserTest extends BrowserTest {

    @Test
    void investigatorOpensACaseAboutAnOffDutyPostAddsEvidenceSuspendsPostingConcludesItAndExportsTheFoiFigures()
            throws Exception {
        signIn("glo.psd");
        page.navigate(url("/conduct/cases"));
        assertThat(page.locator("#cases")).isVisible();
        screenshot("conduct-register");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a case"))
                .click();
        page.waitForLoadState();
        page.getByLabel("Collar number or work e-mail").fill("2291");
        assertThat(page.locator("#subject-match")).containsText("Sam Archer");
        page.getByLabel("Public complaint").check();
        page.getByLabel("Facebook").check();
        page.getByLabel("Personal account").check();
        page.getByLabel("Off duty", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Discriminatory or offensive content").check();
        page.getByLabel("Equality and diversity").check();
        page.getByLabel("Notes", new Page.GetByLabelOptions().setExact(true))
                .fill("Off duty, on his personal Facebook account, shared a meme mocking Travellers."
                        + " Reported by a member of the public with a screenshot.");
        screenshot("conduct-open-case");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open case"))
                .click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case opened");
        assertThat(page.locator("h1")).containsText("PSD-");
        assertThat(page.locator("#case-details")).containsText("Sam Archer");
        assertThat(page.locator("#case-details")).containsText("Off duty");

        page.getByText("Add a file").click();
        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "facebook-post.png",
                        "image/png",
                        "a screenshot of the off-duty post".getBytes(StandardCharsets.UTF_8)));
        page.locator("#note").fill("Screenshot sent by the complainant");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add file"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Evidence added");
        assertThat(page.locator(".pw-conduct-evidence")).containsText("facebook-post.png");
        assertThat(page.locator(".pw-conduct-evidence")).containsText("SHA-256");

        page.getByText("Impose an interim measure").click();
        page.getByLabel("Suspend the subject's posting rights").check();
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                .fill(
                        "Your posting rights are suspended while a complaint about your social media use is looked into.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impose measure"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Posting rights suspended");
        assertThat(page.locator(".pw-conduct-measure--active")).containsText("In force");
        screenshot("conduct-case-with-measure");

        page.getByLabel("Misconduct", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save assessment"))
                .click();
        assertThat(page.locator("#assessment-value")).containsText("Misconduct");

        page.getByText("Conclude the case").click();
        page.getByLabel("Written warning", new Page.GetByLabelOptions().setExact(true))
                .check();
        assertThat(page.getByLabel("Lift the interim measures still in force")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Conclude case"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case concluded: Written warning");
        assertThat(page.locator("#outcome-value")).containsText("Written warning");
        assertThat(page.locator(".pw-conduct-measure")).containsText("Lifted");
        screenshot("conduct-case-concluded");

        page.navigate(url("/conduct/statistics"));
        page.waitForFunction("() => window.Chart && Object.keys(window.Chart.instances).length >= 8");
        assertThat(page.locator("#suppression-note")).containsText("fewer than 5");
        screenshot("conduct-statistics");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("FOI answer (printable)"))
                .click();
        assertThat(page.locator("#foi-table")).containsText("Involving police officers");
        screenshot("conduct-foi");
        Download download = page.waitForDownload(() -> page.locator("#foi-csv").click());
        String csv = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("foi-");
        org.assertj.core.api.Assertions.assertThat(csv)
                .startsWith("Year reported,Investigations into staff social media use,Involving police officers")
                .contains("Total,");

        onAPhone();
        page.navigate(url("/conduct/statistics"));
        page.waitForFunction("() => window.Chart && Object.keys(window.Chart.instances).length >= 8");
        screenshot("conduct-statistics-phone");
    }

    @Test
    void inspectorComparesForcesWithoutSeeingACase() {
        signIn("glo.inspector");
        page.navigate(url("/conduct/inspection"));
        page.waitForFunction("() => window.Chart && Object.keys(window.Chart.instances).length >= 2");
        assertThat(page.locator("#compare-year")).containsText("Gloucestershire Constabulary");
        assertThat(page.locator("#compare-year")).containsText("Staffordshire Police");
        screenshot("conduct-inspection");
    }

    @Test
    void aTableTooWideForItsBoxCanBeScrolledFromTheKeyboardAndIsNamed() {
        signIn("glo.inspector");
        page.navigate(url("/conduct/inspection"));
        // the platform table has more columns than the page is wide: its box scrolls sideways
        Locator box = page.locator(".pw-conduct-scroll:has(#compare-platform)");
        assertThat(box).hasAttribute("tabindex", "0");
        assertThat(box).hasAttribute("role", "region");
        assertThat(box).hasAttribute("aria-label", java.util.regex.Pattern.compile(".+ \\(scrolls sideways\\)"));
        box.focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction(
                "() => document.querySelector('.pw-conduct-scroll:has(#compare-platform)').scrollLeft > 0");

        // a table that fits is not made a stop for the Tab key
        context.clearCookies();
        signIn("glo.psd");
        page.navigate(url("/conduct/cases"));
        assertThat(page.locator(".pw-table-scroll").first()).not().hasAttribute("tabindex", "0");
    }
}
