package org.postwatch.posts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.posts.PostDraft;
import org.postwatch.posts.PostState;
import org.postwatch.safeguard.Outcome;

class PostTransitionsTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final StaffId AUTHOR = StaffId.random();
    static final StaffId REVIEWER = StaffId.random();

    static Post draft() {
        return Post.draft(
                new ForceId(java.util.UUID.randomUUID()),
                AUTHOR,
                "PC Dog Handler",
                new PostDraft(List.of(AccountId.random()), "Good boy, Max!", StrategyObjective.ENGAGEMENT, null),
                NOW);
    }

    static Post in(PostState state) {
        Post post = draft();
        switch (state) {
            case DRAFT -> {}
            case BLOCKED -> post.block(NOW);
            case AWAITING_REVIEW -> post.sendForReview(NOW);
            case APPROVED -> {
                post.sendForReview(NOW);
                post.approve(REVIEWER, "Reviewer", null, NOW);
            }
            case REJECTED -> {
                post.sendForReview(NOW);
                post.reject(REVIEWER, "Reviewer", "Names a witness", NOW);
            }
            case SCHEDULED -> post.schedule(NOW);
            case PUBLISHED -> {
                post.schedule(NOW);
                post.published(NOW);
            }
            case FAILED -> {
                post.schedule(NOW);
                post.failed("HTTP 503", NOW);
            }
            case DELETED -> post.delete(null, NOW);
        }
        assertThat(post.state()).isEqualTo(state);
        return post;
    }

    @Test
    void aDraftThatIsAllowedIsScheduledThenPublished() {
        Post post = draft();
        post.checked(Outcome.ALLOW, false, NOW);
        post.schedule(NOW);
        post.published(NOW.plusSeconds(2));
        assertThat(post.state()).isEqualTo(PostState.PUBLISHED);
        assertThat(post.publishedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aHeldPostIsApprovedByAnotherReviewerThenScheduled() {
        Post post = in(PostState.AWAITING_REVIEW);
        post.approve(REVIEWER, "Reviewer", "Fine", NOW);
        post.schedule(NOW);
        assertThat(post.state()).isEqualTo(PostState.SCHEDULED);
        assertThat(post.reviewNote()).isEqualTo("Fine");
    }

    @Test
    void anAuthorCannotApproveTheirOwnPost() {
        Post post = in(PostState.AWAITING_REVIEW);
        assertThatThrownBy(() -> post.approve(AUTHOR, "Me", null, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("cannot approve your own post");
        assertThat(post.state()).isEqualTo(PostState.AWAITING_REVIEW);
    }

    @Test
    void rejectingNeedsAReason() {
        Post post = in(PostState.AWAITING_REVIEW);
        assertThatThrownBy(() -> post.reject(REVIEWER, "Reviewer", " ", NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void deletingAPublishedPostNeedsAReason() {
        Post post = in(PostState.PUBLISHED);
        assertThatThrownBy(() -> post.delete("", NOW)).isInstanceOf(BusinessRuleException.class);
        post.delete("Posted to the wrong account", NOW);
        assertThat(post.state()).isEqualTo(PostState.DELETED);
        assertThat(post.deletedReason()).isEqualTo("Posted to the wrong account");
    }

    @ParameterizedTest
    @EnumSource(
            value = PostState.class,
            names = {"BLOCKED", "REJECTED", "FAILED", "AWAITING_REVIEW", "SCHEDULED"})
    void editingAPostThatIsNotPublishedTakesItBackToADraftWithANewVersion(PostState state) {
        Post post = in(state);
        post.edit(new PostDraft(post.accounts(), "Changed words", StrategyObjective.ENGAGEMENT, null), NOW);
        assertThat(post.state()).isEqualTo(PostState.DRAFT);
        assertThat(post.version()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(
            value = PostState.class,
            names = {"PUBLISHED", "DELETED"})
    void aPostThatHasGoneOutOrIsDeletedCannotBeEdited(PostState state) {
        Post post = in(state);
        assertThatThrownBy(() ->
                        post.edit(new PostDraft(post.accounts(), "Changed", StrategyObjective.ENGAGEMENT, null), NOW))
                .isInstanceOf(BusinessRuleException.class);
    }

    /** Every move the state machine does not list is refused, from every state. */
    @ParameterizedTest
    @EnumSource(PostState.class)
    void everyIllegalTransitionIsRefused(PostState from) {
        EnumSet<PostState> illegal = EnumSet.complementOf(EnumSet.copyOf(from.next()));
        // Taking a draft back to a draft is not a move: it changes nothing.
        if (from == PostState.DRAFT) {
            illegal.remove(PostState.DRAFT);
        }
        for (PostState to : illegal) {
            Post post = in(from);
            assertThatThrownBy(() -> move(post, to)).as(from + " -> " + to).isInstanceOf(BusinessRuleException.class);
            assertThat(post.state()).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @EnumSource(PostState.class)
    void everyLegalTransitionIsAccepted(PostState from) {
        for (PostState to : from.next()) {
            Post post = in(from);
            move(post, to);
            assertThat(post.state()).as(from + " -> " + to).isEqualTo(to);
        }
    }

    private static void move(Post post, PostState to) {
        switch (to) {
            case DRAFT -> post.reopen(NOW);
            case BLOCKED -> post.block(NOW);
            case AWAITING_REVIEW -> post.sendForReview(NOW);
            case APPROVED -> post.approve(REVIEWER, "Reviewer", null, NOW);
            case REJECTED -> post.reject(REVIEWER, "Reviewer", "No", NOW);
            case SCHEDULED -> post.schedule(NOW);
            case PUBLISHED -> post.published(NOW);
            case FAILED -> post.failed("error", NOW);
            case DELETED -> post.delete("reason", NOW);
        }
    }
}
