package org.postwatch.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class SuspensionPrivacyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    PostingRights rights;

    @Test
    void suspendedPersonSeesTheReasonButNotTheConductCaseReference() throws Exception {
        var subject = demo.user("sta.neighbourhood");
        SignedIn.as(
                demo.user("sta.psd"),
                () -> rights.suspendPosting(
                        subject.staffId(), "Interim measure while a complaint is looked into", "PSD-2026-0999"));
        try {
            mvc.perform(get("/api/v1/staff/" + subject.staffId() + "/posting-rights")
                            .header(
                                    "Authorization",
                                    "Bearer " + demo.login("sta.neighbourhood").token()))
                    .andExpect(status().isOk())
                    .andExpect(
                            jsonPath("$.suspension.reason").value("Interim measure while a complaint is looked into"))
                    .andExpect(jsonPath("$.suspension.caseReference").isEmpty());
            mvc.perform(get("/api/v1/staff/" + subject.staffId() + "/posting-rights")
                            .header(
                                    "Authorization",
                                    "Bearer " + demo.login("sta.accounts").token()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.suspension.caseReference").value("PSD-2026-0999"));
        } finally {
            SignedIn.as(demo.user("sta.psd"), () -> rights.liftPostingSuspension(subject.staffId(), "Test finished"));
        }
    }
}
