package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.LondonTime;
import org.postwatch.support.BrowserTest;

class TrainingAdminBrowserTest extends BrowserTest {

    @Test
    void trainingAdministratorImportsAnExportWithBadRowsAndSeesEachProblem() {
        String today = LocalDate.now(LondonTime.ZONE).toString();
        String csv = "Email,Course Code,Completed On\n"
                + "sam.archer@gloucestershire.police.uk,CH-TIKTOK," + today + "\n"
                + "priya.shah@gloucestershire.police.uk,CH-NOWHERE," + today + "\n"
                + "nobody@gloucestershire.police.uk,SMF," + today + "\n"
                + "jo.bennett@gloucestershire.police.uk,OPSEC,not a date\n";
        signIn("glo.training");
        page.navigate(url("/training/import"));
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload("lms-export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();

        assertThat(page.locator("#import-summary")).hasText("1 recorded, 0 already recorded, 3 rejected");
        assertThat(page.locator("#rejected-rows")).containsText("No course has the code or title 'CH-NOWHERE'");
        assertThat(page.locator("#rejected-rows")).containsText("'not a date' is not a date");
        screenshot("training-import-result");
    }

    @Test
    void trainingAdministratorChangesWhichCoursesAnAccountKindNeeds() {
        signIn("glo.training");
        page.navigate(url("/training/rules"));
        screenshot("training-rules");
        page.navigate(url("/training/rules/INDIVIDUAL/NEXTDOOR"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Give a reason for the change");
        screenshot("training-rule-error");
        page.getByLabel("Posting on Nextdoor").uncheck();
        page.getByLabel("Posting on Nextdoor").check();
        page.getByLabel("Reason for the change").fill("Confirmed at the training board");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rule"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success"))
                .containsText("The rule for individual accounts on Nextdoor is saved");
        page.navigate(url("/training/courses"));
        screenshot("training-courses");
    }
}
