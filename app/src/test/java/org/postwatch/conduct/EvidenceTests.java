package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.EvidenceId;
import org.postwatch.conduct.domain.EvidenceLocker;
import org.postwatch.conduct.domain.Outcome;
import org.postwatch.conduct.domain.Severity;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class EvidenceTests {

    static final byte[] SCREENSHOT = "PNG... a screenshot of the post".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ConductFixtures fixtures;

    @Autowired
    EvidenceLocker locker;

    @Autowired
    CaseRegister register;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    private PostwatchUser psd() {
        return demo.user("sta.psd");
    }

    private CaseId openCase() {
        Subject subject = fixtures.person(psd().forceId(), StaffType.POLICE_OFFICER, "Police Constable");
        return fixtures.openCase(
                psd(),
                subject,
                ConductFixtures.offDutyFacebookPost(),
                LocalDate.now().minusDays(2));
    }

    @Test
    void anUploadedFileIsStoredWithItsHashAndComesBackUnchanged() throws Exception {
        CaseId id = openCase();
        EvidenceId evidence =
                SignedIn.as(psd(), () -> locker.addFile(id, "post.png", "image/png", SCREENSHOT, "Screenshot"));

        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCREENSHOT));
        var listed = SignedIn.as(psd(), () -> register.view(id)).evidence().getFirst();
        assertThat(listed.sha256Hex()).isEqualTo(expected);
        assertThat(listed.sizeBytes()).isEqualTo(SCREENSHOT.length);
        assertThat(listed.mediaType()).isEqualTo("image/png");
        assertThat(listed.addedByName()).contains("sta.psd");

        byte[] body = mvc.perform(
                        get("/conduct/cases/" + id + "/evidence/" + evidence).with(demo.as("sta.psd")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Evidence-SHA256", expected))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(body).isEqualTo(SCREENSHOT);
    }

    @Test
    void aTamperedFileIsDetectedOnDownloadAndTheAttemptIsAudited() throws Exception {
        CaseId id = openCase();
        EvidenceId evidence = SignedIn.as(psd(), () -> locker.addFile(id, "post.png", "image/png", SCREENSHOT, null));

        // Someone with direct database access, as the schema owner, swaps the stored bytes.
        try (Connection owner = DriverManager.getConnection(
                        environment.getProperty("spring.flyway.url"),
                        environment.getProperty("spring.flyway.user"),
                        environment.getProperty("spring.flyway.password", ""));
                PreparedStatement system =
                        owner.prepareStatement("select set_config('postwatch.system', 'on', false)");
                PreparedStatement swap =
                        owner.prepareStatement("update conduct.evidence set content = ? where id = ?")) {
            system.execute();
            swap.setBytes(1, "an edited screenshot".getBytes(StandardCharsets.UTF_8));
            swap.setObject(2, evidence.value());
            assertThat(swap.executeUpdate()).isEqualTo(1);
        }

        String page = mvc.perform(
                        get("/conduct/cases/" + id + "/evidence/" + evidence).with(demo.as("sta.psd")))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("has been altered").contains("post.png");
        assertThat(Tenancy.asSystem(
                        () -> jdbc.sql("select count(*) from audit.entry where action = ? and record_id = ?")
                                .params("conduct-evidence.integrity-failed", evidence.toString())
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);
    }

    @Test
    void theApplicationCannotChangeOrDeleteEvidence() {
        CaseId id = openCase();
        EvidenceId evidence = SignedIn.as(psd(), () -> locker.addFile(id, "post.png", "image/png", SCREENSHOT, null));

        Tenancy.asForce(psd().forceId(), () -> {
            assertThatThrownBy(() -> jdbc.sql("update conduct.evidence set note = 'changed' where id = ?")
                            .param(evidence.value())
                            .update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("delete from conduct.evidence where id = ?")
                            .param(evidence.value())
                            .update())
                    .rootCause()
                    .hasMessageContaining("permission denied");
        });
    }

    @Test
    void anArchiveRecordIsLinkedByItsIdAndContentHash() {
        CaseId id = openCase();
        String hash = "ab".repeat(32);
        SignedIn.as(
                psd(),
                () -> locker.linkArchiveRecord(id, "3f2b8c1e-5d4a-4b7e-9c2d-1a6f0e8b7c35", "sha256:" + hash, "Post"));

        var linked = SignedIn.as(psd(), () -> register.view(id)).evidence().getFirst();
        assertThat(linked.archiveRecordId()).hasToString("3f2b8c1e-5d4a-4b7e-9c2d-1a6f0e8b7c35");
        assertThat(linked.archiveContentHash()).isEqualTo(hash);
        assertThatThrownBy(() -> SignedIn.as(psd(), () -> locker.linkArchiveRecord(id, "nope", hash, null)))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> SignedIn.as(
                        psd(), () -> locker.linkArchiveRecord(id, "3f2b8c1e-5d4a-4b7e-9c2d-1a6f0e8b7c35", "12", null)))
                .hasMessageContaining("SHA-256");
    }

    @Test
    void evidenceCannotBeAddedToAConcludedCase() {
        CaseId id = openCase();
        SignedIn.as(psd(), () -> {
            register.assess(id, Severity.NO_MISCONDUCT, LocalDate.now().minusDays(1));
            register.conclude(id, Outcome.NO_CASE_TO_ANSWER, LocalDate.now().minusDays(1), false);
        });

        assertThatThrownBy(
                        () -> SignedIn.as(psd(), () -> locker.addFile(id, "late.png", "image/png", SCREENSHOT, null)))
                .hasMessageContaining("reopen it");
    }
}
