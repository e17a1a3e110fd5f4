package org.postwatch.publishing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.platform.LondonTime;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class PublishingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Publishing publishing;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.reviewer,  /publishing,          200",
        "glo.admin,     /publishing,          200",
        "glo.accounts,  /publishing,          200",
        "glo.handler,   /publishing,          403",
        "glo.psd,       /publishing,          403",
        "glo.reviewer,  /publishing/calendar, 200",
        "glo.handler,   /publishing/calendar, 403",
        "glo.reviewer,  /publishing/pause,    200",
        "glo.admin,     /publishing/pause,    200",
        "glo.accounts,  /publishing/pause,    200",
        "glo.handler,   /publishing/pause,    403",
        "glo.inspector, /publishing/pause,    403",
        "glo.reviewer,  /publishing/sandbox,  200",
        "glo.handler,   /publishing/sandbox,  403",
    })
    void pagesAreOpenOnlyToTheRolesThatNeedThem(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @Test
    void theSandboxTimelineIsPublic() throws Exception {
        mvc.perform(get("/sandbox")).andExpect(status().isOk());
        mvc.perform(get("/sandbox/GlosPoliceDogs")).andExpect(status().isOk());
        mvc.perform(get("/sandbox/@GlosPoliceDogs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@GlosPoliceDogs")));
    }

    @Test
    void aScheduledPostAppearsInTheCalendarAndOnItsStatusPage() throws Exception {
        var account = UUID.randomUUID();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        var request = PublicationRequest.now(
                        PublicationId.random(),
                        "post-calendar",
                        account,
                        Channel.SANDBOX,
                        "@StroudPolice",
                        "Community speed watch in Nailsworth on Tuesday")
                .at(tomorrow);
        SignedIn.as(demo.user("glo.reviewer"), () -> publishing.schedule(request));

        // The calendar shows one week, Monday to Sunday: ask for the week the post is in (on a Sunday, tomorrow is
        // next week's).
        mvc.perform(get("/publishing/calendar")
                        .param("account", account.toString())
                        .param(
                                "week",
                                tomorrow.atZone(LondonTime.ZONE).toLocalDate().toString())
                        .with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Community speed watch in Nailsworth")));
        mvc.perform(get("/publishing/publications/" + request.id()).with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No attempt yet")))
                .andExpect(content()
                        .string(containsString("hx-get=\"/publishing/publications/" + request.id() + "/status\"")));
        mvc.perform(get("/publishing/publications/" + request.id() + "/status").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Scheduled")));
        mvc.perform(post("/publishing/publications/" + request.id() + "/cancel")
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("reason", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/publishing/publications/" + request.id() + "/cancel")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reason", "Event postponed"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/publishing/publications/" + request.id()).with(demo.as("glo.reviewer")))
                .andExpect(content().string(containsString("Cancelled")));
    }

    @Test
    void aPublicationOfAnotherForceAnswers404OnPageAndApi() throws Exception {
        var request = PublicationRequest.now(
                        PublicationId.random(),
                        "post-x",
                        UUID.randomUUID(),
                        Channel.SANDBOX,
                        "@StaffsPolice",
                        "STA only")
                .at(Instant.now().plus(Duration.ofDays(1)));
        SignedIn.as(demo.user("sta.reviewer"), () -> publishing.schedule(request));

        mvc.perform(get("/publishing/publications/" + request.id()).with(demo.as("glo.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publishing/publications/" + request.id())
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.reviewer").token()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publishing/publications/" + request.id())
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("sta.reviewer").token()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/publishing/publications/" + request.id())
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("sta.handler").token()))
                .andExpect(status().isForbidden());
        SignedIn.as(demo.user("sta.reviewer"), () -> publishing.cancel(request.id()));
    }

    @Test
    void theSandboxCanBeToldToFailFromItsPage() throws Exception {
        String handle = "@PageFault" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/publishing/sandbox")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("handle", handle)
                        .param("mode", "SERVER_ERROR")
                        .param("count", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/publishing/sandbox").with(demo.as("glo.reviewer")))
                .andExpect(content().string(containsString("Fail with a server error")));
        mvc.perform(post("/publishing/sandbox")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("handle", "")
                        .param("mode", "SERVER_ERROR")
                        .param("count", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the Sandbox handle")))
                .andExpect(content().string(containsString("Choose at least 1 post")));
        mvc.perform(post("/publishing/sandbox/clear")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("handle", handle))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theHomePageShowsPublishingToTheCommsTeam() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.reviewer")))
                .andExpect(content().string(containsString("Open publishing")))
                .andExpect(content().string(containsString("href=\"/publishing\"")));
        mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Open publishing"))));
    }
}
