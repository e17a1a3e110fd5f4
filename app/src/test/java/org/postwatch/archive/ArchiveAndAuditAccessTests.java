package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class ArchiveAndAuditAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ArchiveRecords records;

    @Autowired
    LegalHolds holds;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.psd,        /archive,                      200",
        "glo.admin,      /archive,                      200",
        "glo.reviewer,   /archive,                      200",
        "glo.handler,    /archive,                      403",
        "glo.inspector,  /archive,                      403",
        "glo.psd,        /archive?text=shed,            200",
        "glo.reviewer,   /archive?text=shed,            200",
        "glo.psd,        /archive/holds,                200",
        "glo.admin,      /archive/holds,                200",
        "glo.reviewer,   /archive/holds,                403",
        "glo.psd,        /archive/holds/new,            200",
        "glo.accounts,   /archive/holds/new,            403",
        "glo.admin,      /archive/retention,            200",
        "glo.psd,        /archive/retention,            403",
        "glo.admin,      /archive/review,               200",
        "glo.psd,        /archive/review,               403",
        "glo.admin,      /audit,                        200",
        "glo.psd,        /audit,                        200",
        "glo.psd,        /audit?person=Archer&from=2026-01-01, 200",
        "glo.reviewer,   /audit,                        403",
        "glo.handler,    /audit,                        403",
        "glo.admin,      /audit/verify,                 200",
        "glo.psd,        /audit/verify,                 403",
        "glo.admin,      /audit/checkpoints.json,       200",
        "glo.psd,        /audit/checkpoints.json,       403",
        "glo.admin,      /audit/public-key.pem,         200",
        "glo.psd,        /audit/export.csv,             200",
        "glo.training,   /audit/export.csv,             403",
    })
    void pagesAreOpenOnlyToTheRolesThatNeedThem(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.admin,     /api/v1/audit/verify,              200",
        "glo.psd,       /api/v1/audit/verify,              403",
        "glo.admin,     /api/v1/audit/checkpoints,         200",
        "glo.psd,       /api/v1/audit/entries,             200",
        "glo.reviewer,  /api/v1/audit/entries,             403",
        "glo.psd,       /api/v1/archive/search?text=shed,  200",
        "glo.reviewer,  /api/v1/archive/search?text=shed,  200",
        "glo.handler,   /api/v1/archive/search?text=shed,  403",
    })
    void apiEndpointsCheckRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path)
                        .header(
                                "Authorization",
                                "Bearer " + demo.login(username).token()))
                .andExpect(status().is(expected));
    }

    @Test
    void theSearchApiSaysWhetherTheCountIsWhole() throws Exception {
        mvc.perform(get("/api/v1/archive/search?text=" + ArchiveFixtures.uniqueWord())
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.psd").token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matches").value(0))
                .andExpect(jsonPath("$.moreThanCounted").value(false))
                .andExpect(jsonPath("$.countStopped").value(false))
                .andExpect(jsonPath("$.hits").isEmpty());
    }

    @Test
    void theVerifyEndpointReportsAnIntactChain() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("sta.admin").token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBreak").doesNotExist());
    }

    @Test
    void anotherForcesRecordsAndHoldsAnswerNotFound() throws Exception {
        var staHandler = demo.user("sta.handler");
        ArchiveRecordId staRecord = SignedIn.as(
                staHandler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        staHandler, "@StaffsPoliceDogs", "Staffordshire only", Duration.ofDays(1))));
        LegalHoldId staHold = SignedIn.as(
                demo.user("sta.psd"),
                () -> holds.place(new NewLegalHold(
                        "Staffordshire hold", "Reason", HoldScope.CASE, "STA-1", null, List.of(staRecord))));

        mvc.perform(get("/archive/records/" + staRecord).with(demo.as("glo.psd")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/archive/holds/" + staHold).with(demo.as("glo.psd"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/archive/records/" + staRecord)
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.psd").token()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/archive/export")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("ids", staRecord.toString())
                        .param("purpose", "Fishing"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/archive/holds/attach")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("hold", staHold.toString())
                        .param("ids", staRecord.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/archive/records/not-an-id").with(demo.as("glo.psd"))).andExpect(status().isNotFound());
    }

    @Test
    void anInvestigatorPlacesAHoldAndExportsThroughTheForms() throws Exception {
        var handler = demo.user("glo.handler");
        ArchiveRecordId id = SignedIn.as(
                handler,
                () -> records.keep(ArchiveFixtures.publishedPost(
                        handler,
                        "@GlosPoliceDogs",
                        "Form journey " + ArchiveFixtures.uniqueWord(),
                        Duration.ofDays(1))));

        mvc.perform(post("/archive/holds").with(demo.as("glo.psd")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give the hold a name")));
        mvc.perform(post("/archive/holds")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("name", "Form hold")
                        .param("reason", "Because")
                        .param("scope", "CASE")
                        .param("caseReference", "PSD-FORM-1")
                        .param("ids", id.toString()))
                .andExpect(redirectedUrlPattern("/archive/holds/*"));
        mvc.perform(post("/archive/export")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("ids", id.toString())
                        .param("purpose", "Form export"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(
                        header().string("Content-Disposition", org.hamcrest.Matchers.containsString("evidence-GLO")));
        mvc.perform(post("/archive/export")
                        .with(demo.as("glo.psd"))
                        .with(csrf())
                        .param("ids", id.toString())
                        .param("returnTo", "https://evil.example/"))
                .andExpect(redirectedUrlPattern("/archive*"));
    }

    @Test
    void theAuditCsvExportHoldsTheFilteredEntriesAndIsItselfRecorded() throws Exception {
        var psd = demo.user("glo.psd");
        String csv = mvc.perform(get("/audit/export.csv")
                        .param("action", "staff.created")
                        .with(demo.as("glo.psd")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("seq,occurred_at_utc");
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("staff.created"));
        long recorded = Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action ="
                        + " 'audit.exported' and actor_id = ? and details->>'action' = 'staff.created'")
                .param(psd.staffId().value())
                .query(Long.class)
                .single());
        assertThat(recorded).isPositive();
    }
}
