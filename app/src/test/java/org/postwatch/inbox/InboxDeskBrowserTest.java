package org.postwatch.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

class InboxDeskBrowserTest extends BrowserTest {

    @Autowired
    InboxFixtures fixtures;

    @Test
    void theDeskEscalatesARiskToLifeAnswersAQuestionAndHidesAnAbusiveComment() {
        var glo = demo.force("GLO");
        fixtures.arrives(glo, "@StroudPolice", "I can't go on. Nobody would notice if I ended it all tonight");
        InboundItemId question = fixtures.arrives(glo, "@GlosPoliceDogs", "When is the next police dog open day?");
        InboundItemId abuse = fixtures.arrives(glo, "@GlosPoliceDogs", "You pigs are useless scum");

        signIn("glo.reviewer");
        assertThat(page.locator(".pw-incident-banner").first()).containsText("Risk to life");
        page.navigate(url("/inbox"));
        var first = page.getByTestId("inbox-item").first();
        assertThat(first.getByTestId("category")).hasText("Risk to life");
        screenshot("inbox-queue");

        first.locator("a.pw-inbox-item__text").click();
        assertThat(page.getByTestId("risk-alert")).isVisible();
        screenshot("inbox-risk-to-life");
        page.getByLabel("Incident number or reference").fill("GC-20261121-0311");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record hand-off"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("GC-20261121-0311");
        assertThat(page.getByTestId("handoff")).containsText("Control room, reference GC-20261121-0311");
        screenshot("inbox-handed-off");

        page.navigate(url("/inbox/" + question));
        page.getByLabel("Your reply").fill("Our next open day is on 6 June at the training centre. Hope to see you!");
        assertThat(page.getByTestId("live-outcome")).containsText("Allowed");
        screenshot("inbox-reply-checked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("being published");
        assertThat(page.getByTestId("reply-state")).hasText(Pattern.compile("Publishing|Published"));

        onAPhone();
        page.navigate(url("/inbox/" + abuse));
        assertThat(page.getByTestId("category")).hasText("Abuse");
        page.getByLabel("Hide").check();
        page.getByLabel("Community standard broken").selectOption("Abuse and hate");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Moderate"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Hidden on the Sandbox");
        assertThat(page.getByTestId("visibility")).hasText("Hidden from the public");
        assertThat(page.getByTestId("item-state")).hasText("Moderated");
        screenshot("inbox-moderated-phone");

        page.navigate(url("/inbox"));
        screenshot("inbox-queue-phone");
    }
}
