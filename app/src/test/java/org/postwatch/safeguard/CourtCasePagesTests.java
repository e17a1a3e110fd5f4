package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.Tenancy;
import org.postwatch.safeguard.domain.CaseDetails;
import org.postwatch.safeguard.domain.CourtCase;
import org.postwatch.safeguard.domain.CourtCases;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class CourtCasePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    CourtCases cases;

    @Autowired
    SafeguardChecks checks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reviewerAddsACaseThatTheContemptCheckThenUsesAndTheChangeIsAudited() throws Exception {
        String reference = reference();
        mvc.perform(post("/safeguard/cases/new")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reference", reference)
                        .param("defendants", "Marcus Trelawney\nDean Ashworth")
                        .param("offence", "Aggravated burglary")
                        .param("court", "Gloucester Crown Court")
                        .param("hearingDay", "3")
                        .param("hearingMonth", "5")
                        .param("hearingYear", "2027")
                        .param("restrictions", "")
                        .param("protectedNames", "Poppy Lindqvist"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/cases"));

        mvc.perform(get("/safeguard/cases").with(demo.as("glo.psd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("Marcus Trelawney, Dean Ashworth")))
                .andExpect(content().string(containsString("3 May 2027")))
                .andExpect(content().string(containsString("1 protected person")))
                .andExpect(content().string(not(containsString("Poppy Lindqvist"))));

        SafeguardReport defendantNamed = SignedIn.as(
                demo.user("glo.handler"),
                () -> checks.check(CheckRequest.of(
                        "Dean Ashworth will appear at Gloucester Crown Court in May.",
                        Channel.X,
                        AccountKind.CORPORATE)));
        assertThat(defendantNamed.findings()).extracting(CheckFinding::rule).contains("contempt.active-case");
        SafeguardReport protectedNamed = SignedIn.as(
                demo.user("glo.handler"),
                () -> checks.check(CheckRequest.of("Thinking of Poppy Lindqvist today.", Channel.X, AccountKind.TEAM)));
        assertThat(protectedNamed.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(protectedNamed.findings()).extracting(CheckFinding::rule).contains("contempt.protected-person");

        assertThat(audited("safeguard.case.opened", reference)).isEqualTo(1);
    }

    @Test
    void closingNeedsAReasonAndAClosedCaseIsNoLongerChecked() throws Exception {
        CourtCase open = addCase("glo.psd", "Bartholomew Quince");
        String text = "Bartholomew Quince will appear at court on Monday.";
        assertThat(rules(text)).contains("contempt.active-case");

        mvc.perform(post("/safeguard/cases/{id}/close", open.id())
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(rules(text)).as("still open without a reason").contains("contempt.active-case");

        mvc.perform(post("/safeguard/cases/{id}/close", open.id())
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("reason", "Sentenced at Gloucester Crown Court"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/cases"));

        assertThat(rules(text)).doesNotContain("contempt.active-case");
        assertThat(audited("safeguard.case.closed", open.id().toString())).isEqualTo(1);
    }

    @Test
    void openingACaseRecordShowsProtectedNamesAndIsAudited() throws Exception {
        CourtCase open = addCase("glo.reviewer", "Cornelius Pemberton");

        mvc.perform(get("/safeguard/cases/{id}", open.id()).with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cornelius Pemberton")))
                .andExpect(content().string(containsString("Imogen Fairweather")));

        assertThat(audited("safeguard.case.viewed", open.id().toString())).isEqualTo(1);
    }

    @Test
    void anotherForcesCaseAnswersNotFound() throws Exception {
        CourtCase open = addCase("glo.reviewer", "Horatio Blenkinsop");
        mvc.perform(get("/safeguard/cases/{id}", open.id()).with(demo.as("sta.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/safeguard/cases/{id}/close", open.id())
                        .with(demo.as("sta.reviewer"))
                        .with(csrf())
                        .param("reason", "Not mine"))
                .andExpect(status().isNotFound());
    }

    @Test
    void missingFieldsAndANonsenseDateAreShownWithTheFormKept() throws Exception {
        mvc.perform(post("/safeguard/cases/new")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reference", "52GL999")
                        .param("defendants", "")
                        .param("offence", "Theft")
                        .param("court", "")
                        .param("hearingDay", "31")
                        .param("hearingMonth", "2")
                        .param("hearingYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter at least one defendant")))
                .andExpect(content().string(containsString("Enter the court")))
                .andExpect(content().string(containsString("Enter the next hearing date as a real date")))
                .andExpect(content().string(containsString("value=\"52GL999\"")));
    }

    @Test
    void tooLongFieldsAreExplainedInWordsAndTheApostropheIsKept() throws Exception {
        mvc.perform(post("/safeguard/cases/new")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reference", "52GL" + "9".repeat(100))
                        .param("defendants", "")
                        .param("offence", "Theft " + "x".repeat(500))
                        .param("court", "Gloucester Crown Court")
                        .param("restrictions", "r".repeat(4_001))
                        .param("protectedNames", "Sally Jones\n" + "n".repeat(2_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter at least one defendant’s name")))
                .andExpect(content().string(containsString("The case reference can be at most 100 characters")))
                .andExpect(content().string(containsString("The offence can be at most 500 characters")))
                .andExpect(
                        content().string(containsString("The reporting restrictions can be at most 4,000 characters")))
                .andExpect(content()
                        .string(containsString(
                                "The names of the people the court protects can be at most 2,000 characters")))
                .andExpect(content().string(not(containsString("size must be between"))))
                .andExpect(content().string(containsString("Sally Jones")));
    }

    @Test
    void aCaseAlreadyOpenOrAHearingInThePastIsRefusedWithTheFormKept() throws Exception {
        CourtCase open = addCase("glo.reviewer", "Septimus Wragg");
        String reference = open.details().reference();
        mvc.perform(post("/safeguard/cases/new")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("reference", " " + reference.toLowerCase() + " ")
                        .param("defendants", "Septimus Wragg")
                        .param("offence", "Theft")
                        .param("court", "Gloucester Crown Court")
                        .param("hearingDay", "1")
                        .param("hearingMonth", "3")
                        .param("hearingYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Case " + reference.toLowerCase() + " is already open")))
                .andExpect(content().string(containsString("The next hearing date is in the past")))
                .andExpect(content().string(containsString("Septimus Wragg")));

        mvc.perform(post("/safeguard/cases/{id}", open.id())
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reference", reference)
                        .param("defendants", "Septimus Wragg")
                        .param("offence", "Theft")
                        .param("court", "Cheltenham Magistrates' Court"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void closingWithoutAReasonIsReportedAgainstTheCloseForm() throws Exception {
        CourtCase open = addCase("glo.psd", "Barnaby Thistlewood");
        mvc.perform(post("/safeguard/cases/{id}/close", open.id())
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/cases/" + open.id()))
                .andExpect(flash().attribute("closeError", containsString("Give a reason for closing the case")));
    }

    private CourtCase addCase(String keeper, String defendant) {
        return SignedIn.as(
                demo.user(keeper),
                () -> cases.add(new CaseDetails(
                        reference(),
                        List.of(defendant),
                        "Theft",
                        "Cheltenham Magistrates' Court",
                        null,
                        List.of(),
                        List.of("Imogen Fairweather"))));
    }

    private List<String> rules(String text) {
        return SignedIn.as(
                        demo.user("glo.handler"),
                        () -> checks.check(CheckRequest.of(text, Channel.X, AccountKind.CORPORATE)))
                .findings()
                .stream()
                .map(CheckFinding::rule)
                .toList();
    }

    private long audited(String action, String recordOrReference) {
        return Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action = ? and (record_id = ?"
                        + " or details ->> 'reference' = ?)")
                .params(action, recordOrReference, recordOrReference)
                .query(Long.class)
                .single());
    }

    private static String reference() {
        return "52GL" + UUID.randomUUID().toString().substring(0, 8);
    }
}
