package org.postwatch.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.postwatch.support.BrowserTest;

class SafeguardBrowserTest extends BrowserTest {

    @Test
    void contributorSeesAVictimsNameHighlightedWithTheReasonThenFixesThePostAndSeesAllowed() {
        signIn("glo.handler");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Check a post").setExact(true))
                .first()
                .click();
        Locator text = page.getByLabel("Your post");

        text.pressSequentially("Victim Jane Smith was assaulted on the High Street in Stroud last night. Call 101.");

        Locator result = page.locator("#check-result");
        assertThat(result.locator(".pw-outcome")).containsText("Blocked");
        assertThat(result.locator("mark.pw-mark--block")).hasText("Jane Smith");
        assertThat(result.locator("#finding-1")).containsText("This names a victim or witness");
        assertThat(result.locator("#finding-1")).containsText("Suggested fix");
        screenshot("check-a-post-victim-named");

        text.fill("");
        text.pressSequentially("A woman in her 30s was assaulted on the High Street in Stroud last night. Call 101.");

        assertThat(result.locator(".pw-outcome")).containsText("Allowed");
        assertThat(result.locator("mark")).hasCount(0);
        screenshot("check-a-post-allowed");

        onAPhone();
        text.fill("");
        text.pressSequentially("Everyone knows Darren Mitchell did it. Ring his mum on 07700 900461.");
        assertThat(result.locator(".pw-outcome")).containsText("Blocked");
        screenshot("check-a-post-phone");
    }

    @Test
    void staffMemberChecksAPersonalPostPrivatelyOnAPhone() {
        signIn("sta.neighbourhood");
        onAPhone();
        page.navigate(url("/safeguard/before-you-post"));
        assertThat(page.locator("#private-note")).containsText("Nothing you type here is saved");

        page.getByLabel("What you want to post")
                .pressSequentially("Jason Pritchard is a dangerous thug and everyone knows it. Vote Labour!");

        Locator result = page.locator("#self-check-result");
        assertThat(result.locator(".pw-outcome")).containsText("Think before you post");
        assertThat(result).containsText("Contempt of court");
        assertThat(result).containsText("Political impartiality");
        screenshot("before-you-post-phone");
    }

    @Test
    void theOutcomeIsAnnouncedOnceFromASmallLiveRegionOutsideTheFindings() {
        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));
        Locator status = page.locator("#check-status");
        assertThat(status).hasAttribute("role", "status");
        assertThat(status).hasAttribute("aria-live", "polite");
        assertThat(page.locator("#check-result")).not().hasAttribute("aria-live", "polite");
        // record every value aria-busy takes on the result while the check runs
        page.evaluate("() => { window.busy = []; new MutationObserver(() => { const r ="
                + " document.getElementById('check-result'); if (r) window.busy.push(r.getAttribute('aria-busy')); })"
                + ".observe(document.querySelector('main'), {subtree: true, childList: true, attributes: true,"
                + " attributeFilter: ['aria-busy']}); }");

        page.getByLabel("Your post").fill("Victim Jane Smith was assaulted on the High Street in Stroud last night.");

        assertThat(status).hasText("Blocked: personal information. It must be changed before it can go out.");
        assertThat(page.locator("#check-result .pw-findings")).containsText("This names a victim or witness");
        assertThat(status.locator(".pw-findings")).hasCount(0);
        assertThat(page.locator("#check-result")).hasAttribute("aria-busy", "false");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.busy.includes('true')"))
                .isEqualTo(true);

        page.getByLabel("Your post").fill("A woman in her 30s was assaulted on the High Street in Stroud last night.");
        assertThat(status).hasText("Allowed. Nothing found that would stop this post going straight out.");
        screenshot("check-a-post-live-region");
    }

    @Test
    void aChangeOfCategoryUnderTheSameOutcomeIsAnnouncedOnceButTheSameFindingsAreNotRepeated() {
        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));
        Locator status = page.locator("#check-status");
        Locator text = page.getByLabel("Your post");
        // every sentence the live region is given, in order
        page.evaluate("() => { window.heard = []; const s = document.getElementById('check-status');"
                + " new MutationObserver(() => window.heard.push(s.textContent))"
                + ".observe(s, {childList: true, characterData: true, subtree: true}); }");

        text.fill("Saw anything on Elm Road last night? Ring Dave on 01452 612345.");
        assertThat(status)
                .hasText("Held for review: personal information. The communications team would check it"
                        + " before it goes out.");

        // still held for review, but now for something else entirely: a screen reader user must hear that
        text.fill("Saw anything on Elm Road last night? Grab 20% off bike locks at Halfords with code BIKE20.");
        assertThat(page.locator("#check-result .pw-findings")).containsText("Commercial");
        assertThat(status)
                .hasText(
                        "Held for review: commercial. The communications team would check it before it" + " goes out.");

        // more words, the same findings: nothing new to hear
        text.fill("Saw anything on Elm Road last night? Grab 20% off bike locks at Halfords with code BIKE20. Thanks.");
        assertThat(page.locator("#check-result .pw-marked")).containsText("Thanks.");
        assertThat(page.locator("#check-result")).hasAttribute("aria-busy", "false");
        @SuppressWarnings("unchecked")
        java.util.List<String> heard =
                (java.util.List<String>) page.evaluate("() => window.heard.filter(s => s.length > 0)");
        org.assertj.core.api.Assertions.assertThat(heard)
                .containsExactly(
                        "Held for review: personal information. The communications team would check it before it"
                                + " goes out.",
                        "Held for review: commercial. The communications team would check it before it goes out.");
        screenshot("check-a-post-category-announced");
    }

    @Test
    void aBlankPostIsNotCheckedAndNeverSaysAllowed() {
        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));
        Locator text = page.getByLabel("Your post");
        Locator result = page.locator("#check-result");
        text.fill("Road closed on the A38 at Tewkesbury.");
        assertThat(result.locator(".pw-outcome")).containsText("Allowed");

        text.fill("   \n  ");
        assertThat(result).containsText("Type a post to check");
        assertThat(result.locator(".pw-outcome")).hasCount(0);

        // no-break spaces and zero-width characters, as pasted text can carry them
        text.fill("\u00a0\u200b \u00a0");
        assertThat(result).containsText("Type a post to check");
        assertThat(result).not().containsText("Held for review");
        assertThat(page.locator("#check-status")).hasText("Type a post to check.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check this post"))
                .click();
        assertThat(page.locator("#check-result")).containsText("Type a post to check");
        assertThat(page.locator("#check-result")).not().containsText("Allowed");
        screenshot("check-a-post-blank");
    }

    @Test
    void pastedTextIsCheckedWithoutAKeyPressed() {
        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));

        // fill() changes the text with no key presses, as pasting with the mouse, dictation or autofill do
        page.getByLabel("Your post").fill("Victim Jane Smith was assaulted on the High Street in Stroud last night.");

        assertThat(page.locator("#check-result .pw-outcome")).containsText("Blocked");

        page.navigate(url("/safeguard/before-you-post"));
        page.getByLabel("What you want to post").fill("That scumbag Darren Mitchell did it, everyone knows.");

        assertThat(page.locator("#self-check-result .pw-outcome")).containsText("Think before you post");
    }

    @Test
    void aLiveCheckThatCannotRunAfterSigningOutSaysNotCheckedInsteadOfLeavingAnOldResult() {
        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));
        Locator text = page.getByLabel("Your post");
        text.pressSequentially("Road closed on the A38 at Tewkesbury.");
        Locator result = page.locator("#check-result");
        assertThat(result.locator(".pw-outcome")).containsText("Allowed");

        context.clearCookies();
        text.pressSequentially(" Victim Jane Smith lives at 12 Elm Road.");

        assertThat(result).containsText("Not checked");
        assertThat(result).not().containsText("Allowed");
        screenshot("check-a-post-signed-out");
    }

    @Test
    void aFormSentAfterTheSessionEndedSaysSoRatherThanBlamingRoles() {
        signIn("glo.reviewer");
        page.navigate(url("/safeguard/cases/new"));
        page.getByLabel("Case reference").fill("52GL0000001");

        context.clearCookies();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add case"))
                .click();

        assertThat(page.locator("h1")).hasText("Your session has ended");
        assertThat(page.locator("main")).not().containsText("Your roles");
        screenshot("session-ended");
    }

    @Test
    void forceAdministratorSeesLineNumberedPolicyErrorsAndKeepsTheText() {
        signIn("sta.admin");
        page.navigate(url("/safeguard/policy"));
        screenshot("policy-overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a new draft from the active policy"))
                .click();

        Locator yaml = page.getByLabel("Policy (YAML)");
        yaml.fill("name: Staffordshire\nversion: 2026.1\ncategories:\n  PERSNAL_DATA: { HIGH: NOPE }\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                .click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Line 4: unknown category 'PERSNAL_DATA'");
        assertThat(page.getByLabel("Policy (YAML)"))
                .hasValue("name: Staffordshire\nversion: 2026.1\ncategories:\n" + "  PERSNAL_DATA: { HIGH: NOPE }\n");
        screenshot("policy-errors");
    }

    @Test
    void forceAdministratorAddsAPublishedNumberAndItStopsBeingHeldForThatForceOnly() {
        String post = "Found a lost dog in Leek? Ring our dog warden liaison on 01632 960919 and we will collect it.";
        signIn("sta.handler");
        page.navigate(url("/safeguard/check"));
        page.getByLabel("Your post").fill(post);
        assertThat(page.locator("#check-status")).containsText("Held for review: personal information");
        context.clearCookies();

        signIn("sta.admin");
        page.navigate(url("/safeguard/policy"));
        Locator numbers = page.getByLabel("Other phone numbers the force publishes");
        assertThat(numbers).hasValue(java.util.regex.Pattern.compile("01632 960456[\\s\\S]*0808 168 9111"));
        String before = numbers.inputValue();
        numbers.fill(before + "\n01632 9609");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the force's details"))
                .click();

        // a clear error, linked from the summary to the field, and nothing the administrator typed is lost
        assertThat(page.locator(".govuk-error-summary")).containsText("'01632 9609' is not a whole UK phone number");
        assertThat(page.locator("#publishedNumbers-error")).containsText("is not a whole UK phone number");
        assertThat(numbers).hasAttribute("aria-describedby", "publishedNumbers-hint publishedNumbers-error");
        assertThat(numbers).hasValue(before + "\n01632 9609");
        screenshot("force-details-bad-number");
        page.locator(".govuk-error-summary a[href='#publishedNumbers']").click();
        assertThat(numbers).isFocused();

        numbers.fill(before + "\n01632 960919");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the force's details"))
                .click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("settings for the checks");
        assertThat(numbers).hasValue(java.util.regex.Pattern.compile("\n01632 960919$"));
        screenshot("force-details-number-added");
        context.clearCookies();

        signIn("sta.handler");
        page.navigate(url("/safeguard/check"));
        page.getByLabel("Your post").fill(post);
        assertThat(page.locator("#check-status"))
                .hasText("Allowed. Nothing found that would stop this post going" + " straight out.");
        context.clearCookies();

        signIn("glo.handler");
        page.navigate(url("/safeguard/check"));
        page.getByLabel("Your post").fill(post);
        assertThat(page.locator("#check-status")).containsText("Held for review: personal information");
    }

    @Test
    void aProblemsLineLinkSelectsThatLineInTheEditor() {
        signIn("glo.admin");
        page.navigate(url("/safeguard/policy/drafts/new"));
        page.getByLabel("Policy (YAML)")
                .fill("name: Gloucestershire\nversion: 2026.2\n\ncategories:\n  PERSNAL_DATA: { HIGH: BLOCK }\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                .click();

        page.locator(".govuk-error-summary a", new Page.LocatorOptions().setHasText("Line 5"))
                .click();

        assertThat(page.getByLabel("Policy (YAML)")).isFocused();
        Object selected = page.evaluate("() => { const t = document.getElementById('yaml');"
                + " return t.value.substring(t.selectionStart, t.selectionEnd); }");
        org.assertj.core.api.Assertions.assertThat(selected).isEqualTo("  PERSNAL_DATA: { HIGH: BLOCK }");
    }

    @Test
    void checkingTheCorrectedTextClearsTheProblemsFromTheLastSave() {
        signIn("sta.admin");
        page.navigate(url("/safeguard/policy/drafts/new"));
        Locator yaml = page.getByLabel("Policy (YAML)");
        yaml.fill("name: Staffordshire\nversion: 2026.4\ncategories:\n  PERSNAL_DATA: { HIGH: BLOCK }\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                .click();
        assertThat(page.locator("#policy-problems")).containsText("Line 4");

        page.getByLabel("Policy (YAML)")
                .fill("name: Staffordshire\nversion: 2026.4\ncategories:\n  PERSONAL_DATA: { HIGH: BLOCK }\n");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for problems"))
                .click();

        assertThat(page.locator("#policy-validation")).containsText("No problems found");
        assertThat(page.locator("#policy-problems")).hasCount(0);
        assertThat(page.locator(".govuk-error-summary")).hasCount(0);
        screenshot("policy-checked-after-fix");
    }

    @Test
    void forceAdministratorEvaluatesTheDraftAgainstTheForcesExamples() {
        signIn("glo.admin");
        page.navigate(url("/safeguard/policy/versions/2"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluate against the labelled examples"))
                .click();

        assertThat(page.locator("#scores")).containsText("Personal information");
        assertThat(page.locator("#fixed")).containsText("glo-17");
        screenshot("policy-evaluation");
    }

    @Test
    void closingACaseWithoutAReasonMarksTheReasonField() {
        signIn("sta.psd");
        page.navigate(url("/safeguard/cases"));
        page.locator("#open-cases a").first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close case"))
                .click();

        assertThat(page.locator("#close-reason-error")).containsText("Give a reason for closing the case");
        page.locator(".govuk-error-summary a[href='#close-reason']").click();
        assertThat(page.getByLabel("Why is it closing?")).isFocused();
        screenshot("close-case-no-reason");
    }

    @Test
    void reviewerAddsACourtCase() {
        signIn("sta.reviewer");
        page.navigate(url("/safeguard/cases"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a case"))
                .click();
        page.getByLabel("Case reference").fill("21ST0999925");
        page.getByLabel("Defendants").fill("Wendell Oakshott");
        page.getByLabel("Offence charged").fill("Arson");
        page.getByLabel("Court", new Page.GetByLabelOptions().setExact(true)).fill("Stafford Crown Court");
        page.getByLabel("Day").fill("12");
        page.getByLabel("Month").fill("6");
        page.getByLabel("Year").fill("2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add case"))
                .click();

        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Case 21ST0999925 added");
        assertThat(page.locator("#open-cases")).containsText("Wendell Oakshott");
        screenshot("active-cases");
    }
}
