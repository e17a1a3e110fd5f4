package org.postwatch.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationStatus;
import org.postwatch.publishing.TakedownState;
import org.postwatch.publishing.sandbox.SandboxFault;
import org.postwatch.publishing.sandbox.SandboxNetwork;
import org.postwatch.review.ReviewQueue;
import org.postwatch.safeguard.MediaRight;
import org.postwatch.safeguard.Outcome;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A post's life after it is written, through the real scheduler and the Sandbox: taking a published post down,
 * approving with edits (checked again), images with alt text and a declared right, trying a failed post again (checked
 * again), and what each step leaves in the evidential archive.
 */
@PostwatchIntegrationTest
class PostLifecycleTests {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    static final String VICTIM = "Victim Jane Smith, 34, was assaulted on Elm Road last night.";

    @Autowired
    Posts posts;

    @Autowired
    ReviewQueue review;

    @Autowired
    PublicationOutcomes outcomes;

    @Autowired
    SandboxNetwork sandbox;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountsAndTraining given;

    PostwatchUser handler() {
        return demo.user("glo.handler");
    }

    PostwatchUser reviewer() {
        return demo.user("glo.reviewer");
    }

    AccountSummary dogs() {
        return Tenancy.asForce(
                demo.force("GLO"),
                () -> accounts.all().stream()
                        .filter(a -> a.handle().equals("@GlosPoliceDogs"))
                        .findFirst()
                        .orElseThrow());
    }

    PostId draft(String text) {
        return SignedIn.as(
                handler(),
                () -> posts.saveDraft(
                        null, new PostDraft(List.of(dogs().id()), text, StrategyObjective.ENGAGEMENT, null)));
    }

    PostView awaitState(PostId id, PostState state) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> SignedIn.as(handler(), () -> posts.get(id)).state() == state);
        return SignedIn.as(handler(), () -> posts.get(id));
    }

    /** Submits a post the checker must let through; a hold fails here with its findings, not as a timeout later. */
    void submitCleared(PostId id) {
        SubmitResult result = SignedIn.as(handler(), () -> posts.submit(id, false));
        assertThat(result.state()).as("%s", result.findings()).isEqualTo(PostState.SCHEDULED);
    }

    PostId published(String text) {
        PostId id = draft(text);
        submitCleared(id);
        awaitState(id, PostState.PUBLISHED);
        return id;
    }

    List<Map<String, Object>> archived(PostId id, String type) {
        return Tenancy.asSystem(
                () -> jdbc.sql("""
                        select * from archive.record where record_type = ? and metadata->>'postId' = ?
                         order by occurred_at, version
                        """).params(type, id.toString()).query().listOfRows());
    }

    long audited(String action, Object recordId) {
        return Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action = ? and record_id = ?")
                .params(action, recordId.toString())
                .query(Long.class)
                .single());
    }

    long onSandbox(String text) {
        return Tenancy.asSystem(
                () -> jdbc.sql("select count(*) from publishing.sandbox_post where text = ? and removed_at is null")
                        .param(text)
                        .query(Long.class)
                        .single());
    }

    @Test
    void deletingAPublishedPostTakesItDownFromThePlatformOnceAndRecordsWhy() throws Exception {
        String text = "Good boy, Max! PD Max enjoyed a long run this morning " + UUID.randomUUID();
        PostId id = published(text);
        assertThat(onSandbox(text)).isEqualTo(1);

        assertThatThrownBy(() -> SignedIn.as(handler(), () -> posts.delete(id, " ")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("reason");
        String message = SignedIn.as(handler(), () -> posts.delete(id, "A child's face is visible in the photo"));

        assertThat(message).contains("taking it down from @GlosPoliceDogs on Sandbox");
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> SignedIn.as(handler(), () -> posts.publications(id))
                                .getFirst()
                                .takedown()
                                .state()
                        == TakedownState.TAKEN_DOWN);
        PublicationStatus publication =
                SignedIn.as(handler(), () -> posts.publications(id)).getFirst();
        assertThat(publication.takedown().reason()).isEqualTo("A child's face is visible in the photo");
        assertThat(publication.takedown().requestedBy()).isEqualTo(handler().displayName());
        assertThat(publication.takedown().tries()).isEqualTo(1);
        assertThat(onSandbox(text)).isZero();
        assertThat(audited("publication.takedown-requested", publication.id())).isEqualTo(1);
        assertThat(audited("publication.taken-down", publication.id())).isEqualTo(1);
        assertThat(audited("post.deleted", id)).isEqualTo(1);
        mvc.perform(get("/posts/" + id).with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("Taken down")));
        mvc.perform(get("/sandbox/GlosPoliceDogs"))
                .andExpect(content().string(Matchers.not(Matchers.containsString(text))));
    }

    @Test
    void aPostThatFailedOnOneAccountButWentOutOnAnotherIsDeletedOnlyWithAReasonAndTakenDownWhereItIsOut()
            throws Exception {
        AccountId second = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        given.grant("glo.accounts", second, handler().staffId(), ContributorLevel.POST_WITH_CHECKS);
        // The demo handler borrows the new account for this test only: other tests count the handler's accounts.
        try {
            String secondHandle = Tenancy.asForce(
                    demo.force("GLO"),
                    () -> accounts.all().stream()
                            .filter(a -> a.id().equals(second))
                            .findFirst()
                            .orElseThrow()
                            .handle());
            SignedIn.as(
                    reviewer(),
                    () -> sandbox.failNext(secondHandle, SandboxFault.Mode.REJECT, 1, "Account suspended", "test"));
            String text = "Puppy class graduation day for PD Nell and friends " + UUID.randomUUID();
            PostId id = SignedIn.as(
                    handler(),
                    () -> posts.saveDraft(
                            null,
                            new PostDraft(List.of(dogs().id(), second), text, StrategyObjective.ENGAGEMENT, null)));
            assertThat(SignedIn.as(handler(), () -> posts.submit(id, false)).state())
                    .isEqualTo(PostState.SCHEDULED);

            awaitState(id, PostState.FAILED);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> onSandbox(text) == 1);
            assertThat(SignedIn.as(handler(), () -> posts.isOut(id))).isTrue();

            // The page says where it went and asks for a reason, as for any published post.
            mvc.perform(get("/posts/" + id).with(demo.as("glo.handler")))
                    .andExpect(content()
                            .string(Matchers.containsString("It went out on some accounts but not on every one")))
                    .andExpect(content().string(Matchers.containsString("Reason (required, recorded)")));
            mvc.perform(post("/posts/" + id + "/delete")
                            .with(demo.as("glo.handler"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/posts/" + id))
                    .andExpect(flash().attribute(
                                    "error", Matchers.containsString("a post that has gone out on an account")));
            assertThatThrownBy(() -> SignedIn.as(handler(), () -> posts.delete(id, "")))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("reason");
            assertThat(SignedIn.as(handler(), () -> posts.get(id)).state()).isEqualTo(PostState.FAILED);

            String message =
                    SignedIn.as(handler(), () -> posts.delete(id, "Went to one account only; reposting later"));

            assertThat(message)
                    .contains("taking it down from @GlosPoliceDogs on Sandbox")
                    .doesNotContain(secondHandle);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> onSandbox(text) == 0);
            assertThat(audited("post.deleted", id)).isEqualTo(1);
            assertThat(SignedIn.as(handler(), () -> posts.get(id)).state()).isEqualTo(PostState.DELETED);
        } finally {
            given.removeContributor("glo.accounts", second, handler().staffId());
        }
    }

    @Test
    void aTakedownTheSandboxRefusesIsShownAsFailedWithItsWords() {
        String text = "Road safety week: PD Ziggy checks tyre tread " + UUID.randomUUID();
        PostId id = published(text);
        SignedIn.as(
                reviewer(),
                () -> sandbox.failNext(
                        "@GlosPoliceDogs", SandboxFault.Mode.REJECT, 1, "Deletion is not allowed here", "test"));

        SignedIn.as(reviewer(), () -> posts.delete(id, "Posted twice by mistake"));

        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> SignedIn.as(handler(), () -> posts.publications(id))
                                .getFirst()
                                .takedown()
                                .state()
                        == TakedownState.FAILED);
        assertThat(SignedIn.as(handler(), () -> posts.publications(id))
                        .getFirst()
                        .takedown()
                        .lastMessage())
                .isEqualTo("Deletion is not allowed here");
        assertThat(onSandbox(text)).isEqualTo(1);
    }

    @Test
    void anotherForceCannotDeleteOrTakeDownAPost() {
        PostId id = draft("Not yours " + UUID.randomUUID());

        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.reviewer"), () -> posts.delete(id, "because")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(demo.user("glo.neighbourhood"), () -> posts.delete(id, "because")))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aPublishedPostLeavesItsVersionCheckAndReceiptInTheArchiveOnceEvenIfTheEventComesAgain() {
        String text = "PD Luna enjoyed a run at Pittville Park this morning " + UUID.randomUUID();
        PostId id = published(text);
        await().atMost(PATIENCE)
                .until(() -> !archived(id, "PUBLICATION_RECEIPT").isEmpty());

        var versions = archived(id, "POST_VERSION");
        var checks = archived(id, "CHECK_DECISION");
        var receipts = archived(id, "PUBLICATION_RECEIPT");
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.get("content")).isEqualTo(text);
            assertThat(v.get("outcome")).isEqualTo("SUBMITTED");
            assertThat(v.get("account")).isEqualTo("@GlosPoliceDogs");
        });
        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.get("outcome")).isEqualTo("ALLOW");
            assertThat(c.get("content")).isEqualTo(text);
            assertThat(c.get("metadata").toString()).contains("policy", "SANDBOX");
        });
        PublicationStatus publication =
                SignedIn.as(handler(), () -> posts.publications(id)).getFirst();
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.get("record_id")).isEqualTo(publication.id().toString());
            assertThat(r.get("content")).isEqualTo(text);
            assertThat(r.get("metadata").toString())
                    .contains(publication.platformPostId(), publication.url(), "SANDBOX");
            assertThat(((java.sql.Timestamp) r.get("occurred_at")).toInstant()).isEqualTo(publication.publishedAt());
        });

        outcomes.on(new PostPublished(
                publication.id(),
                demo.force("GLO"),
                id.toString(),
                publication.account(),
                publication.channel(),
                publication.platformPostId(),
                publication.url(),
                null,
                publication.publishedAt()));

        assertThat(archived(id, "PUBLICATION_RECEIPT")).hasSize(1);
    }

    @Test
    void approvingWithEditsChecksTheNewWordsAgainKeepsBothVersionsAndRecordsTheReviewer() {
        String held = "Have you seen this silver Ford Focus, registration WX19 ABC? Our dogs attended a burglary. "
                + UUID.randomUUID();
        PostId id = draft(held);
        SubmitResult submitted = SignedIn.as(handler(), () -> posts.submit(id, false));
        assertThat(submitted.state()).isEqualTo(PostState.AWAITING_REVIEW);
        int checksBefore = SignedIn.as(reviewer(), () -> posts.decisions(id)).size();

        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> review.approveWithEdits(id, VICTIM, "tidied")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("still blocked");
        assertThat(SignedIn.as(reviewer(), () -> posts.get(id)).state()).isEqualTo(PostState.AWAITING_REVIEW);

        String edited = "Have you seen a silver Ford Focus near Elm Road last night? Our dogs attended a burglary. "
                + UUID.randomUUID();
        PostView approved = SignedIn.as(reviewer(), () -> review.approveWithEdits(id, edited, "Removed the plate"));

        assertThat(approved.text()).isEqualTo(edited);
        assertThat(approved.version()).isEqualTo(2);
        assertThat(approved.reviewerName()).isEqualTo(reviewer().displayName());
        var decisions = SignedIn.as(reviewer(), () -> posts.decisions(id));
        assertThat(decisions)
                .as("the blocked edit was rolled back; the approved one recorded")
                .hasSize(checksBefore + 1);
        assertThat(decisions.getLast().fingerprint().matches(edited)).isTrue();
        assertThat(decisions.getLast().outcome()).isNotEqualTo(Outcome.BLOCK);
        assertThat(audited("review.decided", id)).isEqualTo(1);

        var versions = archived(id, "POST_VERSION");
        assertThat(versions).extracting(v -> v.get("outcome")).containsExactly("SUBMITTED", "EDITED_IN_REVIEW");
        assertThat(versions.getLast().get("author_name")).isEqualTo(reviewer().displayName());
        assertThat(versions.getLast().get("content")).isEqualTo(edited);
        assertThat(archived(id, "REVIEW_DECISION")).singleElement().satisfies(r -> {
            assertThat(r.get("outcome")).isEqualTo("APPROVED_WITH_EDITS");
            assertThat(r.get("content")).isEqualTo(edited);
            assertThat(r.get("author_name")).isEqualTo(reviewer().displayName());
            assertThat(r.get("metadata").toString()).contains("Removed the plate");
        });
        assertThat(archived(id, "CHECK_DECISION")).hasSize(checksBefore + 1);
        awaitState(id, PostState.PUBLISHED);
    }

    @Test
    void aRejectionIsKeptInTheArchiveWithTheReasonTheAuthorSees() {
        String held = "Have you seen this silver Ford Focus, registration WX19 ABC? Call 101. " + UUID.randomUUID();
        PostId id = draft(held);
        SignedIn.as(handler(), () -> posts.submit(id, false));

        SignedIn.as(reviewer(), () -> review.reject(id, "Check the registration with the OIC first"));

        assertThat(SignedIn.as(handler(), () -> posts.get(id)).reviewNote())
                .isEqualTo("Check the registration with the OIC first");
        assertThat(archived(id, "REVIEW_DECISION")).singleElement().satisfies(r -> {
            assertThat(r.get("outcome")).isEqualTo("REJECTED");
            assertThat(r.get("content")).isEqualTo(held);
            assertThat(r.get("account")).isEqualTo("@GlosPoliceDogs");
            assertThat(r.get("metadata").toString()).contains("Check the registration with the OIC first");
        });
        assertThat(archived(id, "PUBLICATION_RECEIPT")).isEmpty();
    }

    @Test
    void anImageNeedsAltTextAndADeclaredRightAndGoesOutWithItsDescription() throws Exception {
        PostId id = draft("Meet our newest recruits " + UUID.randomUUID());
        var image = new MockMultipartFile("image", "puppies.png", "image/png", PNG);

        mvc.perform(multipart("/posts/" + id + "/images")
                        .file(image)
                        .param("right", "FORCE_OWNED")
                        .with(demo.as("glo.handler"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/posts/" + id + "/edit#images"))
                .andExpect(flash().attribute("error", Matchers.containsString("alt text")));
        mvc.perform(multipart("/posts/" + id + "/images")
                        .file(image)
                        .param("altText", "Two German Shepherd puppies on a blanket")
                        .with(demo.as("glo.handler"))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("right")));
        mvc.perform(multipart("/posts/" + id + "/images")
                        .file(image)
                        .param("altText", "Two German Shepherd puppies on a blanket")
                        .param("right", "FORCE_OWNED")
                        .with(demo.as("sta.handler"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/posts/" + id + "/images")
                        .file(image)
                        .param("altText", "Two German Shepherd puppies on a blanket")
                        .param("right", "FORCE_OWNED")
                        .with(demo.as("glo.handler"))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "Image added"));

        PostView withImage = SignedIn.as(handler(), () -> posts.get(id));
        assertThat(withImage.images()).singleElement().satisfies(i -> {
            assertThat(i.altText()).isEqualTo("Two German Shepherd puppies on a blanket");
            assertThat(i.right()).isEqualTo(MediaRight.FORCE_OWNED);
        });
        assertThat(withImage.version())
                .as("an image changes the post: a new version")
                .isEqualTo(2);
        assertThat(audited("post.image-added", id)).isEqualTo(1);

        submitCleared(id);
        awaitState(id, PostState.PUBLISHED);
        assertThat(archived(id, "POST_VERSION").getLast().get("metadata").toString())
                .contains("Two German Shepherd puppies on a blanket", "FORCE_OWNED");
        long described =
                Tenancy.asSystem(() -> jdbc.sql("select count(*) from publishing.sandbox_media where alt_text = ?"
                                + " and post_id in (select id from publishing.sandbox_post where text = ?)")
                        .params("Two German Shepherd puppies on a blanket", withImage.text())
                        .query(Long.class)
                        .single());
        assertThat(described).isEqualTo(1);
    }

    @Test
    void tryingAFailedPostAgainChecksItAgainAndKeepsTheText() throws Exception {
        String text = "Dog section open day on Saturday at Waterwells " + UUID.randomUUID();
        SignedIn.as(
                reviewer(),
                () -> sandbox.failNext("@GlosPoliceDogs", SandboxFault.Mode.REJECT, 1, "Account suspended", "test"));
        PostId id = draft(text);
        submitCleared(id);
        PostView failed = awaitState(id, PostState.FAILED);
        assertThat(failed.failure()).isEqualTo("Account suspended");
        int checks = SignedIn.as(handler(), () -> posts.decisions(id)).size();
        mvc.perform(get("/posts/" + id).with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("It did not go out.")))
                .andExpect(content().string(Matchers.containsString("Reason (optional)")));

        mvc.perform(post("/posts/" + id + "/retry").with(demo.as("glo.handler")).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + id))
                .andExpect(flash().attribute("success", Matchers.containsString("Checked again")));

        assertThat(SignedIn.as(handler(), () -> posts.decisions(id))).hasSize(checks + 1);
        assertThat(audited("post.retried", id)).isEqualTo(1);
        PostView out = awaitState(id, PostState.PUBLISHED);
        assertThat(out.text()).isEqualTo(text);
        assertThat(archived(id, "POST_VERSION"))
                .as("the same version, kept once")
                .hasSize(1);
    }

    @Test
    void theCalendarShowsTheForcesScheduledPostsOnTheirDayToReviewersOnly() throws Exception {
        Instant friday = Instant.parse("2027-03-05T10:30:00Z");
        String text = "Calendar check: PD Max at the Cheltenham Festival " + UUID.randomUUID();
        PostId id = SignedIn.as(
                handler(),
                () -> posts.saveDraft(
                        null, new PostDraft(List.of(dogs().id()), text, StrategyObjective.ENGAGEMENT, friday)));
        SignedIn.as(handler(), () -> posts.submit(id, false));

        mvc.perform(get("/posts/calendar?date=2027-03-01").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("March 2027")))
                .andExpect(content().string(Matchers.containsString("data-date=\"2027-03-05\"")))
                .andExpect(content().string(Matchers.containsString("/posts/" + id)))
                .andExpect(content().string(Matchers.containsString("10:30")));
        mvc.perform(get("/posts/calendar?view=week&date=2027-03-03").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Week of 1 March 2027")))
                .andExpect(content().string(Matchers.containsString(text.substring(0, 40))));
        mvc.perform(get("/posts/calendar?date=2027-04-01").with(demo.as("glo.reviewer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/posts/" + id))));
        mvc.perform(get("/posts/calendar?date=2027-03-01").with(demo.as("sta.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(text.substring(0, 40)))));
        mvc.perform(get("/posts/calendar?date=not-a-date").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The date must look like")));
        mvc.perform(get("/posts/calendar").with(demo.as("glo.handler"))).andExpect(status().isForbidden());
        SignedIn.as(handler(), () -> posts.reopen(id));
    }

    @Test
    void theReviewTargetAndTheCalendarAreInTheNavigationOfThoseWhoMayUseThem() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.admin")))
                .andExpect(content().string(Matchers.containsString("href=\"/review/settings\"")));
        mvc.perform(get("/").with(demo.as("glo.reviewer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/review/settings\""))))
                .andExpect(content().string(Matchers.containsString("href=\"/posts/calendar\"")));
        mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/posts/calendar\""))));
    }
}
