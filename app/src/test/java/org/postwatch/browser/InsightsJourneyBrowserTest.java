package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class InsightsJourneyBrowserTest extends BrowserTest {

    @Test
    void theCommsLeadOpensTheDashboardChangesThePeriodAndTakesTheCsvAndTheReport() throws Exception {
        signIn("glo.admin");
        page.navigate(url("/insights"));
        assertThat(page.locator("h1")).hasText("Insights");
        assertThat(page.locator("#filter-description")).containsText("Last 12 months");
        assertThat(page.locator("#demo-notice")).containsText("generated demo history");
        page.locator("#check-outcomes-chart").scrollIntoViewIfNeeded();
        page.waitForFunction(
                "() => window.Chart && document.querySelectorAll('canvas[data-drawn=\"true\"]').length > 3");
        screenshot("insights-overview-12-months");

        page.locator("#period").selectOption("30d");
        page.locator("#apply-filter").click();
        assertThat(page.locator("#filter-description")).containsText("Last 30 days");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*period=30d.*"));
        page.waitForFunction("() => document.querySelectorAll('canvas[data-drawn=\"true\"]').length > 3");
        screenshot("insights-overview-30-days");

        Download csv = page.waitForDownload(() -> page.locator("#findings-csv").click());
        String text = Files.readString(csv.path());
        assertThat(text).startsWith("Finding,Checks that found it,Of which held or blocked,Share of all checks (%)");
        assertThat(csv.suggestedFilename()).startsWith("insights-findings-").endsWith(".csv");

        Download report = page.waitForDownload(() -> page.locator("#report-pdf").click());
        byte[] pdf = Files.readAllBytes(report.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Gloucestershire Constabulary")
                    .contains("Last 30 days");
            PDFRenderer renderer = new PDFRenderer(document);
            Files.createDirectories(Path.of("target/screenshots"));
            for (int i = 0; i < Math.min(3, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                ImageIO.write(
                        image,
                        "png",
                        Path.of("target/screenshots/insights-report-page-" + (i + 1) + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void theAccountManagerSeesEachAccountAndTheInspectorSeesForcesSideBySide() {
        signIn("glo.accounts");
        page.navigate(url("/insights/accounts"));
        assertThat(page.locator("#dialogue-by-account-table")).containsText("@GlosPoliceDogs");
        assertThat(page.locator("#accounts-without-objective-section")).isVisible();
        screenshot("insights-accounts");
        onAPhone();
        page.navigate(url("/insights/accounts?period=quarter"));
        screenshot("insights-accounts-phone");
        page.navigate(url("/insights/strategy"));
        screenshot("insights-strategy");

        context.clearCookies();
        page.setViewportSize(1280, 900);
        signIn("glo.inspector");
        page.navigate(url("/insights/inspection"));
        assertThat(page.locator("#inspection-strategy-table")).containsText("Staffordshire Police");
        assertThat(page.locator("#suppression-note")).isVisible();
        screenshot("insights-inspection");
    }
}
