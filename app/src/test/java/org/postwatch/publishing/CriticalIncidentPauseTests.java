package org.postwatch.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The critical-incident pause, in Staffordshire (so Gloucestershire's pages elsewhere never see a banner): held posts
 * wait and go out on resume, only reviewers and force administrators may pause, everything is recorded, and the banner
 * shows on every page of the paused force only.
 */
@PostwatchIntegrationTest
class CriticalIncidentPauseTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Publishing publishing;

    @Autowired
    PublishingPause pause;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PostwatchUser reviewer() {
        return demo.user("sta.reviewer");
    }

    @AfterEach
    void resumeWhateverIsStillPaused() {
        SignedIn.as(demo.user("sta.admin"), () -> {
            if (!pause.active().isEmpty()) {
                pause.resume(null, "Test finished");
            }
        });
    }

    PublicationRequest sandboxPost(UUID account, String handle) {
        return PublicationRequest.now(
                PublicationId.random(),
                "post-" + UUID.randomUUID(),
                account,
                Channel.SANDBOX,
                handle,
                "Staffordshire update " + UUID.randomUUID());
    }

    PublicationStatus statusOf(PublicationId id) {
        return SignedIn.as(reviewer(), () -> publishing.status(id));
    }

    void awaitPublished(PublicationId id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> statusOf(id).state() == PublicationState.PUBLISHED);
    }

    void awaitHeld(PublicationId id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> statusOf(id).waitingReason() != null
                        && statusOf(id).waitingReason().startsWith("Posting is paused"));
    }

    @Test
    void pausedPostsWaitAndGoOutWhenPostingResumes() {
        SignedIn.as(reviewer(), () -> pause.pause(Set.of(), "Major incident in Stafford town centre"));
        var request = sandboxPost(UUID.randomUUID(), "@StaffsPoliceDogs");

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        awaitHeld(request.id());

        assertThat(statusOf(request.id()).state()).isEqualTo(PublicationState.SCHEDULED);
        assertThat(statusOf(request.id()).waitingReason())
                .isEqualTo("Posting is paused: Major incident in Stafford town centre");
        assertThat(statusOf(request.id()).attempts()).isEmpty();

        SignedIn.as(reviewer(), () -> pause.resume(null, "Incident stood down"));
        awaitPublished(request.id());
        assertThat(statusOf(request.id()).attempts()).hasSize(1);
    }

    @Test
    void anAccountPauseHoldsOnlyThatAccount() {
        UUID paused = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        var pausedNotice = SignedIn.as(reviewer(), () -> pause.pause(Set.of(paused), "Officer named in a thread"));
        var held = sandboxPost(paused, "@StaffordPolice");
        var free = sandboxPost(other, "@StaffsPoliceDogs");

        SignedIn.as(reviewer(), () -> publishing.schedule(held));
        SignedIn.as(reviewer(), () -> publishing.schedule(free));

        awaitPublished(free.id());
        awaitHeld(held.id());
        assertThat(SignedIn.as(reviewer(), () -> pause.affecting(paused))).contains(pausedNotice);
        assertThat(SignedIn.as(reviewer(), () -> pause.affecting(other))).isEmpty();

        SignedIn.as(reviewer(), () -> pause.resume(pausedNotice.id(), "Thread removed"));
        awaitPublished(held.id());
    }

    @Test
    void onlyReviewersAndForceAdministratorsMayPause() {
        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.handler"), () -> pause.pause(Set.of(), "I think so")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> SignedIn.as(demo.user("sta.accounts"), () -> pause.history(10)))
                .doesNotThrowAnyException();
        SignedIn.as(demo.user("sta.admin"), () -> pause.pause(Set.of(), "Force administrator pausing"));
        assertThat(SignedIn.as(reviewer(), () -> pause.active())).hasSize(1);
    }

    @Test
    void pausingAndResumingNeedAReason() {
        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> pause.pause(Set.of(), "  ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("reason");
        SignedIn.as(reviewer(), () -> pause.pause(Set.of(), "Incident"));
        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> pause.resume(null, "")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void pauseAndResumeAreAuditedAndKeptInTheHistory() {
        var notice = SignedIn.as(reviewer(), () -> pause.pause(Set.of(), "Audit me " + UUID.randomUUID()));
        SignedIn.as(reviewer(), () -> pause.resume(notice.id(), "Resumed for the audit test"));

        List<String> entries = Tenancy.asSystem(() ->
                jdbc.sql("""
                        select action || ':' || coalesce(reason, '') || ':' || actor_name from audit.entry
                         where record_type = 'publishing-pause' and record_id = ? order by seq
                        """).param(notice.id().toString()).query(String.class).list());
        assertThat(entries)
                .containsExactly(
                        "publishing.paused:" + notice.reason() + ":Tom Ellis (sta.reviewer)",
                        "publishing.resumed:Resumed for the audit test:Tom Ellis (sta.reviewer)");
        var history = SignedIn.as(reviewer(), () -> pause.history(50));
        assertThat(history)
                .filteredOn(p -> p.id().equals(notice.id()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.active()).isFalse();
                    assertThat(p.resumedBy()).isEqualTo("Tom Ellis");
                    assertThat(p.resumeReason()).isEqualTo("Resumed for the audit test");
                });
    }

    @Test
    void theBannerShowsThePauseOnEveryPageOfThatForceOnly() throws Exception {
        SignedIn.as(reviewer(), () -> pause.pause(Set.of(), "Critical incident: Hanley"));

        for (String page : List.of("/", "/profile")) {
            mvc.perform(get(page).with(demo.as("sta.handler")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Posting is paused")))
                    .andExpect(content().string(containsString("Critical incident: Hanley")));
        }
        mvc.perform(get("/").with(demo.as("sta.reviewer")))
                .andExpect(content().string(containsString("href=\"/publishing/pause\"")));
        mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Posting is paused"))));
    }

    @Test
    void theApiPausesAndResumesWithRoleChecksAndProblemDetails() throws Exception {
        String handler = demo.login("sta.handler").token();
        String reviewer = demo.login("sta.reviewer").token();

        mvc.perform(post("/api/v1/publishing/pause")
                        .header("Authorization", "Bearer " + handler)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Not mine to pause\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/publishing/pause")
                        .header("Authorization", "Bearer " + reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/publishing/pause")
                        .header("Authorization", "Bearer " + reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Major incident\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wholeForce").value(true))
                .andExpect(jsonPath("$.pausedBy").value("Tom Ellis"));
        mvc.perform(get("/api/v1/publishing/pauses").header("Authorization", "Bearer " + handler))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reason").value("Major incident"));
        mvc.perform(get("/api/v1/publishing/pauses")
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.reviewer").token()))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/publishing/resume")
                        .header("Authorization", "Bearer " + reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Stood down\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].active").value(false))
                .andExpect(jsonPath("$[0].resumeReason").value("Stood down"));
        mvc.perform(post("/api/v1/publishing/resume")
                        .header("Authorization", "Bearer " + reviewer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Again\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Posting is not paused"));
    }

    @Test
    void thePauseFormPausesAndResumesAndExplainsMistakes() throws Exception {
        mvc.perform(
                        post("/publishing/pause")
                                .with(demo.as("sta.reviewer"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("scope", "ACCOUNTS")
                                .param("reason", "Only some"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the accounts to pause")));
        mvc.perform(
                        post("/publishing/pause")
                                .with(demo.as("sta.reviewer"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("scope", "FORCE")
                                .param("reason", "Whole force, from the form"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/publishing/pause").with(demo.as("sta.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Whole force, from the form")));
        mvc.perform(
                        post("/publishing/pause/resume")
                                .with(demo.as("sta.reviewer"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("reason", "Done"))
                .andExpect(status().is3xxRedirection());
        assertThat(SignedIn.as(reviewer(), () -> pause.active())).isEmpty();
    }
}
