package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postwatch.identity.Forces;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.safeguard.domain.PolicyAdministration;
import org.postwatch.safeguard.domain.PolicyStatus;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class PolicyPagesTests {

    static final String BROKEN = """
            name: Gloucestershire Constabulary
            version: 2026.1
            categories:
              PERSNAL_DATA: { HIGH: BLOCK }
              LINK: { LOW: NOPE }
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Forces forces;

    @Autowired
    PolicyAdministration policies;

    @Autowired
    SafeguardChecks checks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void forceAdministratorSeesTheActiveVersionAndItsHistory() throws Exception {
        mvc.perform(get("/safeguard/policy").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Active: version 1 (2025.1)")))
                .andExpect(content().string(containsString("On-device language model")))
                .andExpect(content().string(containsString("comment on a live case")))
                .andExpect(content().string(containsString("Version 2")))
                .andExpect(content().string(containsString("gloucestershire.police.uk")))
                .andExpect(content().string(containsString("01632 960123")))
                .andExpect(content().string(containsString("0808 168 9111")));
        mvc.perform(get("/safeguard/policy/versions/1").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("personal-data.vehicle-registration: REVIEW")));
    }

    @Test
    void invalidPolicyShowsTheEnginesLineNumberedErrorsAndKeepsTheText() throws Exception {
        long before = versionCount("glo.admin");

        mvc.perform(post("/safeguard/policy/drafts")
                        .with(demo.as("glo.admin"))
                        .with(csrf())
                        .param("yaml", BROKEN)
                        .param("basedOn", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Line 4: unknown category &#39;PERSNAL_DATA&#39;")))
                .andExpect(content().string(containsString("Line 5: unknown outcome &#39;NOPE&#39;")))
                .andExpect(content().string(containsString("  PERSNAL_DATA: { HIGH: BLOCK }")))
                .andExpect(content().string(containsString("name: Gloucestershire Constabulary\nversion: 2026.1")));

        assertThat(versionCount("glo.admin")).isEqualTo(before);
    }

    @Test
    void checkForProblemsValidatesWithoutSaving() throws Exception {
        mvc.perform(post("/safeguard/policy/validate")
                        .with(demo.as("glo.admin"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("yaml", BROKEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Line 4: unknown category")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aDraftWhoseVersionLabelIsTakenIsRefusedWithTheDraftKept() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "DOR");
        String yaml = SignedIn.as(admin, () -> policies.draftTextFrom(1)).replace("version: 2025.2", "version: 2025.1");
        mvc.perform(post("/safeguard/policy/drafts")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("yaml", yaml))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1 already uses")))
                .andExpect(content().string(containsString("version: 2025.1")));
    }

    @Test
    void draftIsSavedAsANewVersionThatChangesNothingUntilActivatedWithAReason() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "SUR");
        String yaml = SignedIn.as(admin, () -> policies.draftTextFrom(1));
        assertThat(yaml).contains("version: 2025.2");

        mvc.perform(post("/safeguard/policy/drafts")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("yaml", yaml)
                        .param("basedOn", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/policy/versions/2"));
        assertThat(SignedIn.as(admin, () -> policies.version(2).status())).isEqualTo(PolicyStatus.DRAFT);

        mvc.perform(post("/safeguard/policy/versions/2/activate")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a reason for activating version 2")));
        assertThat(SignedIn.as(admin, () -> policies.version(2).status())).isEqualTo(PolicyStatus.DRAFT);

        mvc.perform(post("/safeguard/policy/versions/2/activate")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("reason", "Agreed by the Head of Communications"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/policy"));

        assertThat(SignedIn.as(admin, () -> policies.version(2).status())).isEqualTo(PolicyStatus.ACTIVE);
        assertThat(SignedIn.as(admin, () -> policies.version(1).status()))
                .as("the old version is kept")
                .isEqualTo(PolicyStatus.RETIRED);
        Map<String, Object> entry = Tenancy.asSystem(() -> jdbc.sql("select * from audit.entry where force_id = ? and"
                        + " action = 'safeguard.policy.activated' order by seq desc limit 1")
                .param(admin.forceId().value())
                .query()
                .singleRow());
        assertThat(entry)
                .containsEntry("record_id", "2")
                .containsEntry("reason", "Agreed by the Head of Communications")
                .containsEntry("actor_name", "Test Administrator (sur.force_admin)");
        assertThat(entry.get("details").toString()).contains("2025.2", "1 (2025.1)");
        assertThat(SignedIn.as(admin, () -> checks.check(CheckRequest.of("Hello", Channel.X, AccountKind.TEAM))))
                .extracting(SafeguardReport::policyNumber)
                .isEqualTo(2);

        mvc.perform(get("/safeguard/policy/versions/1").with(DemoUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Replaced")));
    }

    @Test
    void aDraftCanBeRevisedAndEachRevisionIsAudited() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "LIN");
        String yaml = SignedIn.as(admin, () -> policies.draftTextFrom(1));
        int number = SignedIn.as(admin, () -> policies.saveDraft(yaml, 1).number());
        String revised =
                yaml.replace("version: 2025.2", "version: 2025.2-lincs") + "\n# Reviewed by the Head of Comms\n";

        mvc.perform(get("/safeguard/policy/versions/{n}/edit", number).with(DemoUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft version " + number)));
        mvc.perform(post("/safeguard/policy/versions/{n}/edit", number)
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("yaml", revised))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/safeguard/policy/versions/" + number));

        assertThat(SignedIn.as(admin, () -> policies.version(number)))
                .satisfies(v -> assertThat(v.label()).isEqualTo("2025.2-lincs"))
                .satisfies(v -> assertThat(v.yaml()).contains("Reviewed by the Head of Comms"))
                .satisfies(v -> assertThat(v.status()).isEqualTo(PolicyStatus.DRAFT));
        long audited = Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where force_id = ? and action"
                        + " in ('safeguard.policy.drafted', 'safeguard.policy.revised')")
                .param(admin.forceId().value())
                .query(Long.class)
                .single());
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void anActiveVersionCannotBeEdited() throws Exception {
        mvc.perform(post("/safeguard/policy/versions/1/edit")
                        .with(demo.as("glo.admin"))
                        .with(csrf())
                        .param("yaml", SignedIn.as(demo.user("glo.admin"), () -> policies.draftTextFrom(1))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be changed")));
    }

    @Test
    void evaluationShowsScoresPerCategoryAndWhatTheDraftPutsRight() throws Exception {
        mvc.perform(get("/safeguard/policy/versions/2/evaluation").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("18 examples from glo-examples.jsonl")))
                .andExpect(content().string(containsString("Personal information")))
                .andExpect(content().string(containsString("Contempt of court")))
                .andExpect(content().string(containsString("Put right by this version (1)")))
                .andExpect(content().string(containsString("glo-17")))
                .andExpect(content().string(containsString("0 of 7 (0.0%); active: 1 of 7")));
    }

    @Test
    void evaluationSaysInWordsWhatAnExampleShouldBeAndWhatTheChecksSaid() throws Exception {
        mvc.perform(get("/safeguard/policy/versions/2/evaluation").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The active version said")))
                .andExpect(content().string(containsString("Clean: should be allowed")))
                .andExpect(content().string(containsString("Held for review: personal information")))
                .andExpect(content().string(not(containsString("REVIEW ["))))
                .andExpect(content().string(not(containsString("PERSONAL_DATA"))));
    }

    @Test
    void uploadReportsEveryBadLineAndKeepsTheCurrentExamples() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "KNT");
        String bad = """
                {"id":"k1","text":"Road closed.","label":"clean"}
                {"id":"k2","text":"Hello","label":"nonsense"}
                not json
                {"id":"k1","text":"Again","label":"clean"}
                """;
        mvc.perform(multipart("/safeguard/policy/examples")
                        .file(new MockMultipartFile("file", "kent.jsonl", "application/jsonl", bytes(bad)))
                        .with(DemoUsers.as(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The examples were not saved")))
                .andExpect(content().string(containsString("kent.jsonl line 3: not valid JSON")))
                .andExpect(content().string(containsString("item k2: unknown label &#39;nonsense&#39;")))
                .andExpect(content().string(containsString("item k1: the id is used more than once")));
        assertThat(SignedIn.as(admin, () -> policies.suite())).isEmpty();

        String good = """
                {"id":"k1","text":"Road closed on the A2 at Dartford.","label":"clean"}
                {"id":"k2","text":"Call the witness Tom Reeve on 07700 900461.","label":"personal_data"}
                """;
        mvc.perform(multipart("/safeguard/policy/examples")
                        .file(new MockMultipartFile("file", "kent.jsonl", "application/jsonl", bytes(good)))
                        .with(DemoUsers.as(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 examples saved")));
        mvc.perform(get("/safeguard/policy/versions/1/evaluation").with(DemoUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This is the active version")))
                .andExpect(content().string(containsString("1.00")));
    }

    @Test
    void forceSettingsAreValidatedAndUsedByTheChecks() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "NFK");
        String text = "Call our rural crime line on 01632 960777.";
        assertThat(SignedIn.as(admin, () -> checks.check(CheckRequest.of(text, Channel.X, AccountKind.CORPORATE))))
                .extracting(SafeguardReport::outcome)
                .isEqualTo(Outcome.REVIEW);

        mvc.perform(post("/safeguard/policy/settings")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("publishedNumbers", "01632 960777\ncall us")
                        .param("linkDomains", "not a domain"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&#39;call us&#39; is not a phone number")))
                .andExpect(content().string(containsString("&#39;not a domain&#39; is not a web address")));

        mvc.perform(post("/safeguard/policy/settings")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("publishedNumbers", "01632 960777")
                        .param("linkDomains", "https://www.norfolk-pcc.example.org/news"))
                .andExpect(status().is3xxRedirection());

        assertThat(SignedIn.as(admin, () -> policies.settings().linkDomains()))
                .containsExactly("norfolk-pcc.example.org");
        assertThat(SignedIn.as(
                        admin,
                        () -> checks.check(CheckRequest.of(
                                text + " More at https://norfolk-pcc.example.org/rural",
                                Channel.X,
                                AccountKind.CORPORATE))))
                .extracting(SafeguardReport::outcome)
                .isEqualTo(Outcome.ALLOW);
        long audited =
                Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where force_id = ? and action ="
                                + " 'safeguard.settings.changed'")
                        .param(admin.forceId().value())
                        .query(Long.class)
                        .single());
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aNumberTheAdministratorAddsStopsBeingFlaggedOnCheckAPostForThatForceOnly() throws Exception {
        PostwatchUser admin = People.forceAdministratorOf(forces, "CAM");
        PostwatchUser officer = People.contributorOf(forces, "CAM");
        PostwatchUser elsewhere = People.contributorOf(forces, "WAR");
        String post = "Lost property handed in at Ely? Ring 01632 960555 to arrange collection.";
        String held = "data-announce=\"Held for review: personal information.";

        mvc.perform(post("/safeguard/check")
                        .with(DemoUsers.as(officer))
                        .with(csrf())
                        .param("text", post))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(held)));

        // part of a number is refused, and what the administrator typed is kept for them to correct
        mvc.perform(post("/safeguard/policy/settings")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("publishedNumbers", "0808 168 9111\n01632 9605")
                        .param("linkDomains", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&#39;01632 9605&#39; is not a whole UK phone number")))
                .andExpect(content().string(containsString("0808 168 9111\n01632 9605</textarea>")));

        mvc.perform(post("/safeguard/policy/settings")
                        .with(DemoUsers.as(admin))
                        .with(csrf())
                        .param("publishedNumbers", "0808 168 9111\n+44 (0)1632 960555")
                        .param("linkDomains", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/safeguard/policy").with(DemoUsers.as(admin)))
                .andExpect(content().string(containsString("0808 168 9111\n01632 960555</textarea>")));

        mvc.perform(post("/safeguard/check")
                        .with(DemoUsers.as(officer))
                        .with(csrf())
                        .param("text", post))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-announce=\"Allowed.")))
                .andExpect(content().string(not(containsString(held))));
        mvc.perform(post("/safeguard/check")
                        .with(DemoUsers.as(elsewhere))
                        .with(csrf())
                        .param("text", post))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(held)));
    }

    @Test
    void anotherForcesVersionAnswersNotFound() throws Exception {
        mvc.perform(get("/safeguard/policy/versions/2").with(demo.as("sta.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/safeguard/policy/versions/2").with(demo.as("glo.admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aMistypedAddressAnswersPageNotFoundNotAServiceProblem() throws Exception {
        mvc.perform(get("/safeguard/policy/versions/abc").with(demo.as("glo.admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/safeguard/cases/not-a-case").with(demo.as("glo.reviewer")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    private long versionCount(String admin) {
        return SignedIn.as(demo.user(admin), () -> policies.versions().size());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
