package org.postwatch.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.sandbox.SandboxFault;
import org.postwatch.publishing.sandbox.SandboxNetwork;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Publishing through the real scheduler to the built-in Sandbox network, including its failures on demand. */
@PostwatchIntegrationTest
class SandboxPublishingTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Publishing publishing;

    @Autowired
    SandboxNetwork sandbox;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PostwatchUser reviewer() {
        return demo.user("glo.reviewer");
    }

    static String uniqueHandle() {
        return "@TestDogs" + UUID.randomUUID().toString().substring(0, 8);
    }

    PublicationRequest post(String handle, String text) {
        return PublicationRequest.now(
                PublicationId.random(), "post-" + UUID.randomUUID(), UUID.randomUUID(), Channel.SANDBOX, handle, text);
    }

    PublicationStatus awaitFinished(PostwatchUser user, PublicationId id) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() ->
                        SignedIn.as(user, () -> publishing.status(id)).state().isFinal());
        return SignedIn.as(user, () -> publishing.status(id));
    }

    long sandboxPostsWithText(String text) {
        return Tenancy.asSystem(() -> jdbc.sql("select count(*) from publishing.sandbox_post where text = ?")
                .param(text)
                .query(Long.class)
                .single());
    }

    @Test
    void aPostIsPublishedOnceAndAppearsOnThePublicTimeline() throws Exception {
        String handle = uniqueHandle();
        String text = "PD Bramble found a missing walker near Cranham " + UUID.randomUUID();
        var request = post(handle, text);

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        var status = awaitFinished(reviewer(), request.id());

        assertThat(status.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(status.attempts()).extracting(PublicationAttempt::outcome).containsExactly(AttemptOutcome.PUBLISHED);
        assertThat(status.url()).startsWith("/sandbox/" + SandboxNetwork.normalise(handle) + "#post-");
        assertThat(sandboxPostsWithText(text)).isEqualTo(1);
        mvc.perform(get("/sandbox/" + handle.substring(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(text)));
    }

    @Test
    void schedulingTheSameIdTwiceChangesNothing() {
        var request = post(uniqueHandle(), "Once only " + UUID.randomUUID())
                .at(Instant.now().plus(Duration.ofDays(2)));

        var first = SignedIn.as(reviewer(), () -> publishing.schedule(request));
        var second = SignedIn.as(
                reviewer(), () -> publishing.schedule(request.at(Instant.now().plus(Duration.ofDays(9)))));

        assertThat(second.publishAt()).isEqualTo(first.publishAt());
        long tasks =
                Tenancy.asSystem(() -> jdbc.sql("select count(*) from platform.scheduled_tasks where task_instance = ?")
                        .param(request.id().toString())
                        .query(Long.class)
                        .single());
        assertThat(tasks).isEqualTo(1);
        SignedIn.as(reviewer(), () -> publishing.cancel(request.id(), "test finished"));
    }

    @Test
    void anAnswerLostAfterThePostWasMadeIsResolvedByReadBackWithoutADuplicate() {
        String handle = uniqueHandle();
        String text = "Puppies Juno and Flint passed their first assessment " + UUID.randomUUID();
        SignedIn.as(reviewer(), () -> sandbox.failNext(handle, SandboxFault.Mode.TIMEOUT_AFTER_POST, 1, null, "test"));
        var request = post(handle, text);

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        var status = awaitFinished(reviewer(), request.id());

        assertThat(status.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(status.attempts())
                .extracting(PublicationAttempt::outcome)
                .containsExactly(AttemptOutcome.FOUND_BY_READ_BACK);
        assertThat(sandboxPostsWithText(text)).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedAndThePostGoesOutOnce() {
        String handle = uniqueHandle();
        String text = "Retry me " + UUID.randomUUID();
        SignedIn.as(reviewer(), () -> sandbox.failNext(handle, SandboxFault.Mode.SERVER_ERROR, 1, null, "test"));
        var request = post(handle, text);

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        var status = awaitFinished(reviewer(), request.id());

        assertThat(status.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(status.attempts())
                .extracting(PublicationAttempt::outcome)
                .containsExactly(AttemptOutcome.RETRYABLE_ERROR, AttemptOutcome.PUBLISHED);
        assertThat(sandboxPostsWithText(text)).isEqualTo(1);
    }

    @Test
    void aRefusalFailsThePublicationWithThePlatformsMessageAndIsAudited() {
        String handle = uniqueHandle();
        SignedIn.as(
                reviewer(),
                () -> sandbox.failNext(handle, SandboxFault.Mode.REJECT, 1, "This account is suspended", "test"));
        var request = post(handle, "Refused " + UUID.randomUUID());

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        var status = awaitFinished(reviewer(), request.id());

        assertThat(status.state()).isEqualTo(PublicationState.FAILED);
        assertThat(status.failure()).isEqualTo("This account is suspended");
        assertThat(status.text()).startsWith("Refused");
        List<String> actions = Tenancy.asSystem(() -> jdbc.sql(
                        "select action from audit.entry where record_type = 'publication' and record_id = ? order by seq")
                .param(request.id().toString())
                .query(String.class)
                .list());
        assertThat(actions).containsExactly("publication.scheduled", "publication.failed");
    }

    @Test
    void aScheduledPostCanBeCancelledBeforeItGoesOut() {
        var request = post(uniqueHandle(), "Not today " + UUID.randomUUID())
                .at(Instant.now().plus(Duration.ofHours(3)));
        SignedIn.as(reviewer(), () -> publishing.schedule(request));

        SignedIn.as(reviewer(), () -> publishing.cancel(request.id(), "Operation changed"));

        assertThat(SignedIn.as(reviewer(), () -> publishing.status(request.id()))
                        .state())
                .isEqualTo(PublicationState.CANCELLED);
        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> publishing.cancel(request.id())))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void channelsWithoutAConnectorAreRefused() {
        var request = PublicationRequest.now(
                PublicationId.random(), "p", UUID.randomUUID(), Channel.INSTAGRAM, "@glospolice", "Hello");

        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> publishing.schedule(request)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Instagram");
    }

    @Test
    void everyImageNeedsAltText() {
        var request = post(uniqueHandle(), "Look")
                .withMedia(List.of(MediaItem.of("a.png", "image/png", new byte[] {1, 2, 3}, " ")));

        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> publishing.schedule(request)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("alt text");
    }

    @Test
    void imagesAreShownOnTheTimelineWithTheirAltText() throws Exception {
        String handle = uniqueHandle();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        var request = post(handle, "Meet Juno " + UUID.randomUUID())
                .withMedia(List.of(MediaItem.of("juno.png", "image/png", png, "A puppy asleep on a blanket")));

        SignedIn.as(reviewer(), () -> publishing.schedule(request));
        assertThat(awaitFinished(reviewer(), request.id()).state()).isEqualTo(PublicationState.PUBLISHED);

        mvc.perform(get("/sandbox/" + handle.substring(1)))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("alt=\"A puppy asleep on a blanket\"")));
    }

    @Test
    void anotherForcesPublicationIsNotFound() throws Exception {
        var request = post(uniqueHandle(), "GLO only").at(Instant.now().plus(Duration.ofDays(1)));
        SignedIn.as(reviewer(), () -> publishing.schedule(request));

        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.reviewer"), () -> publishing.status(request.id())))
                .isInstanceOf(RecordNotFoundException.class);
        mvc.perform(get("/publishing/publications/" + request.id()).with(demo.as("sta.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publishing/publications/" + request.id()).with(demo.as("glo.reviewer")))
                .andExpect(status().isOk());
        SignedIn.as(reviewer(), () -> publishing.cancel(request.id()));
    }

    @Test
    void theDemoDogUnitTimelineIsNotEmpty() throws Exception {
        mvc.perform(get("/sandbox/GlosPoliceDogs"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Good girl, Bramble!")));
    }
}
