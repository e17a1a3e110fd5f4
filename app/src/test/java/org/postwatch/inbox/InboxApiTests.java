package org.postwatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.ForceId;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class InboxApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    InboxFixtures fixtures;

    @Autowired
    InboxSettings settings;

    String bearer(String username) {
        return "Bearer " + demo.login(username).token();
    }

    ForceId glo() {
        return demo.force("GLO");
    }

    UUID standard() {
        return SignedIn.as(
                demo.user("glo.reviewer"), () -> settings.standards().getFirst().id());
    }

    @Test
    void theQueueListsTheCallersForceRiskiestFirst() throws Exception {
        fixtures.arrives(glo(), "@StroudPolice", "my ex says he is going to kill her tonight");

        mvc.perform(get("/api/v1/inbox").header("Authorization", bearer("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].category").value("RISK_TO_LIFE"))
                .andExpect(jsonPath("$[*].accountHandle", Matchers.everyItem(Matchers.not("@StaffsPoliceDogs"))));
    }

    @Test
    void someoneWithoutTheInboxIsRefused() throws Exception {
        mvc.perform(get("/api/v1/inbox").header("Authorization", bearer("glo.training")))
                .andExpect(status().isForbidden());
    }

    @Test
    void repliesThroughTheApiAndASecondReplyIsRefused() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Can we visit the kennels?");

        mvc.perform(post("/api/v1/inbox/{id}/reply", item)
                        .header("Authorization", bearer("glo.handler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"We run open days in the summer: watch this page!\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("PUBLISHING"))
                .andExpect(jsonPath("$.check").value("ALLOW"));
        mvc.perform(post("/api/v1/inbox/{id}/reply", item)
                        .header("Authorization", bearer("glo.handler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Again\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("already has a reply")));
    }

    @Test
    void anEmptyReplyIsAProblemWithTheReason() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Hello?");

        mvc.perform(post("/api/v1/inbox/{id}/reply", item)
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content ->
                        assertThat(content.getResponse().getContentAsString()).contains("Write your reply"));
    }

    @Test
    void anotherForcesItemIsNotFoundForEveryAction() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Scum, the lot of you");

        mvc.perform(post("/api/v1/inbox/{id}/reply", item)
                        .header("Authorization", bearer("sta.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hello\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/{id}/escalate", item)
                        .header("Authorization", bearer("sta.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"X-1\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/{id}/moderate", item)
                        .header("Authorization", bearer("sta.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"HIDE\", \"standard\": \"%s\"}".formatted(standard())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inbox/{id}/reply", "not-an-id")
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hello\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void escalationRecordsTheIncidentNumberAndNeedsOne() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@StroudPolice", "There is a man with a machete outside the shop");

        mvc.perform(post("/api/v1/inbox/{id}/escalate", item)
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inbox/{id}/escalate", item)
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"GC-0099\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HANDED_OFF"))
                .andExpect(jsonPath("$.handoffTo").value("Control room"))
                .andExpect(jsonPath("$.handoffReference").value("GC-0099"));
    }

    @Test
    void onlyReviewersModerateAndTheyMustNameAStandard() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "ACAB pigs");

        mvc.perform(post("/api/v1/inbox/{id}/moderate", item)
                        .header("Authorization", bearer("glo.handler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"HIDE\", \"standard\": \"%s\"}".formatted(standard())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inbox/{id}/moderate", item)
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"HIDE\", \"standard\": \"%s\"}".formatted(UUID.randomUUID())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Choose the community standard the message breaks"));
        mvc.perform(post("/api/v1/inbox/{id}/moderate", item)
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"DELETE\", \"standard\": \"%s\"}".formatted(standard())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("DELETE"))
                .andExpect(jsonPath("$.platformOutcome").value("DONE"));
    }
}
