package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.postwatch.archive.EvidenceCheck;
import org.postwatch.support.BrowserTest;

class EvidenceJourneyBrowserTest extends BrowserTest {

    @Test
    void investigatorFindsAPostHoldsItAndExportsEvidenceThenTheAdministratorVerifiesTheChain() throws Exception {
        signIn("glo.psd");
        page.navigate(url("/archive"));
        page.getByLabel("Words to find").fill("shed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();

        Locator results = page.locator("#archive-results");
        assertThat(results.locator("h2").first()).containsText("records found");
        assertThat(results.locator(".pw-mark").first()).hasText("shed");
        screenshot("archive-search-results");

        Locator published = results.locator(".pw-result", new Locator.LocatorOptions().setHasText("Published post"))
                .first();
        published.locator("input[name=ids]").check(new Locator.CheckOptions().setForce(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place a legal hold on them"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Place a legal hold");
        assertThat(page.locator(".govuk-inset-text")).containsText("1 selected record is attached");
        page.getByLabel("Name").fill("PSD-2026-0142 conduct investigation");
        page.getByLabel("Reason").fill("Complaint about a dog unit post; preserve for the misconduct hearing");
        page.getByLabel("Case reference").fill("PSD-2026-0142");
        screenshot("legal-hold-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the hold"))
                .click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Legal hold");
        assertThat(page.locator("h2.govuk-heading-m").first()).containsText("Records it covers: 1");
        screenshot("legal-hold-placed");

        page.getByLabel("What is the export for?").fill("Disclosure to misconduct hearing PSD-2026-0142");
        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export the selected records as evidence"))
                .click());
        Path evidence = Path.of("target/screenshots/evidence-export.zip");
        Files.createDirectories(evidence.getParent());
        download.saveAs(evidence);
        assertThat(download.suggestedFilename()).startsWith("evidence-GLO-").endsWith(".zip");
        EvidenceCheck.Result check = EvidenceCheck.check(Files.readAllBytes(evidence));
        assertThat(check.problems()).isEmpty();

        page.locator(".pw-result h3 a").first().click();
        assertThat(page.locator(".govuk-warning-text")).containsText("Under legal hold: PSD-2026-0142");
        screenshot("archive-record-held");

        onAPhone();
        page.navigate(url("/archive?text=shed"));
        screenshot("archive-search-phone");

        context.clearCookies();
        page.setViewportSize(1280, 900);
        signIn("glo.admin");
        page.navigate(url("/audit/verify"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify now"))
                .click();

        assertThat(page.locator(".govuk-panel__title")).hasText("Chain intact");
        screenshot("audit-chain-verified");

        page.navigate(url("/audit?action=archive.hold-placed"));
        assertThat(page.locator(".pw-audit-table")).containsText("PSD-2026-0142 conduct investigation");
        screenshot("audit-trail-holds");

        page.navigate(url("/archive/review"));
        assertThat(page.locator("h1")).hasText("Records due for review");
        assertThat(page.locator("table")).containsText("Safeguard check");
        screenshot("archive-due-for-review");
        page.navigate(url("/archive/retention"));
        screenshot("archive-retention-periods");
    }
}
