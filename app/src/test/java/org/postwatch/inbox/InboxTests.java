package org.postwatch.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.inbox.connector.InboundMessage;
import org.postwatch.inbox.connector.SandboxInbox;
import org.postwatch.inbox.domain.Intake;
import org.postwatch.inbox.domain.SlaWatch;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@PostwatchIntegrationTest
@RecordApplicationEvents
class InboxTests {

    @Autowired
    Inbox inbox;

    @Autowired
    InboxSettings settings;

    @Autowired
    InboxFixtures fixtures;

    @Autowired
    Intake intake;

    @Autowired
    SlaWatch slaWatch;

    @Autowired
    SandboxInbox sandbox;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @Autowired
    SandboxNetwork network;

    PostwatchUser reviewer() {
        return demo.user("glo.reviewer");
    }

    ForceId glo() {
        return demo.force("GLO");
    }

    long count(String sql, Object... params) {
        return Tenancy.asSystem(
                () -> jdbc.sql(sql).params(List.of(params)).query(Long.class).single());
    }

    @Test
    void anItemFetchedTwiceIsStoredArchivedAndAnnouncedOnce() {
        var account = fixtures.account(glo(), "@GlosPoliceDogs");
        String platformId = "dup-" + UUID.randomUUID();
        var message = new InboundMessage(
                platformId, platformId, null, "MENTION", "@twice", null, "Lovely dogs", Instant.now());

        int first = Tenancy.asForce(glo(), () -> intake.receive(account, List.of(message)));
        int second = Tenancy.asForce(glo(), () -> intake.receive(account, List.of(message, message)));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(count("select count(*) from inbox.item where platform_item_id = ?", platformId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from archive.record where record_type = 'INBOUND_MESSAGE' and metadata ->> 'externalId' = ?",
                        platformId))
                .isEqualTo(1);
        assertThat(events.stream(InboundItemReceived.class)
                        .filter(e -> e.account().equals(account.id().value()))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theDeskSeesAnUnescalatedRiskToLifeAtTheTopOfTheQueue() {
        fixtures.arrives(glo(), "@StroudPolice", "Is the road by the school open?");
        fixtures.arrives(glo(), "@StroudPolice", "He's got a knife and says he'll stab her");

        List<InboxItem> queue = SignedIn.as(reviewer(), () -> inbox.queue(InboxFilter.waiting()));

        assertThat(queue.getFirst().category()).isEqualTo(InboundCategory.RISK_TO_LIFE);
        assertThat(queue.getFirst().urgent()).isTrue();
        assertThat(queue.getFirst().riskFlags()).isNotEmpty();
    }

    @Test
    void aContributorSeesOnlyItemsOnAccountsTheyPostTo() {
        InboundItemId dogs = fixtures.arrives(glo(), "@GlosPoliceDogs", "When can I meet the puppies?");
        InboundItemId town = fixtures.arrives(glo(), "@StroudPolice", "When is the beat surgery?");
        PostwatchUser handler = demo.user("glo.handler");

        List<InboxItem> queue = SignedIn.as(handler, () -> inbox.queue(InboxFilter.waiting()));

        assertThat(queue).extracting(InboxItem::id).contains(dogs).doesNotContain(town);
        assertThat(queue).allSatisfy(i -> assertThat(i.accountHandle()).isEqualTo("@GlosPoliceDogs"));
        assertThatThrownBy(() -> SignedIn.as(handler, () -> inbox.item(town)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anotherForcesItemIsNotFound() {
        InboundItemId glos = fixtures.arrives(glo(), "@GlosPoliceDogs", "Thanks for the visit");

        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.reviewer"), () -> inbox.item(glos)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(demo.user("sta.reviewer"), () -> inbox.escalate(glos, null, "X1", null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(SignedIn.as(demo.user("sta.reviewer"), () -> inbox.queue(InboxFilter.waiting())))
                .extracting(InboxItem::id)
                .doesNotContain(glos);
    }

    @Test
    void peopleWithoutTheInboxRolesAreRefused() {
        assertThatThrownBy(() -> SignedIn.as(demo.user("glo.training"), () -> inbox.queue(InboxFilter.waiting())))
                .isInstanceOf(AccessDeniedException.class);
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Scum, the lot of you");
        UUID standard =
                SignedIn.as(reviewer(), () -> settings.standards().getFirst().id());
        assertThatThrownBy(() -> SignedIn.as(
                        demo.user("glo.handler"), () -> inbox.moderate(item, ModerationAction.HIDE, standard, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReplyIsCheckedAndPublishedOnceAsAReplyInTheThread() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "When is the next open day?");
        PostwatchUser handler = demo.user("glo.handler");

        ReplyResult result = SignedIn.as(
                handler, () -> inbox.reply(item, "It is on 6 June at the training centre. See you there!", false));
        assertThat(result.outcome()).isEqualTo(ReplyResult.Outcome.PUBLISHING);
        assertThatThrownBy(() -> SignedIn.as(handler, () -> inbox.reply(item, "Again", false)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("already has a reply");

        InboxItem answered = waitFor(item, ItemState.ANSWERED);
        assertThat(answered.firstResponse()).isEqualTo("REPLIED");
        String platformId = fixtures.platformId(item);
        assertThat(count("select count(*) from publishing.sandbox_post where reply_to = ?", platformId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from safeguard.decision where post_reference = ?",
                        "inbox-reply:" + result.reply().id()))
                .isEqualTo(1);
    }

    @Test
    void aBlockedReplyIsRefusedWithTheReasonsAndNothingIsPublished() {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Who was hurt on Elm Road?");

        assertThatThrownBy(() -> SignedIn.as(
                        demo.user("glo.handler"),
                        () -> inbox.reply(
                                item, "Victim Jane Smith, 34, was assaulted on Elm Road last night. Call 101.", true)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("blocks this reply");
        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).state()).isEqualTo(ItemState.OPEN);
    }

    @Test
    void aContributorWhoseLevelNeedsReviewHasTheirReplyHeldUntilAReviewerApproves() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@StroudPolice", "What time is the beat surgery on Friday?");

        ReplyResult held = SignedIn.as(
                demo.user("glo.neighbourhood"), () -> inbox.reply(item, "It starts at 10am in the library.", false));

        assertThat(held.outcome()).isEqualTo(ReplyResult.Outcome.HELD_FOR_APPROVAL);
        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).state()).isEqualTo(ItemState.AWAITING_APPROVAL);
        SignedIn.as(reviewer(), () -> inbox.approveReply(held.reply().id(), "Fine"));
        assertThat(waitFor(item, ItemState.ANSWERED).firstResponse()).isEqualTo("REPLIED");
    }

    @Test
    void aFailedReplyIsShownWithThePlatformsWordsAndCanBeTriedAgainWithTheSameText() throws Exception {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "Are the puppies named yet?");
        SignedIn.as(
                reviewer(),
                // More than one: other work publishing to the shared demo account in the same run may take one.
                () -> network.failNext("@GlosPoliceDogs", SandboxFault.Mode.REJECT, 5, "Refused for the test", "test"));

        ReplyResult sent =
                SignedIn.as(reviewer(), () -> inbox.reply(item, "Yes: Juno and Flint. Thanks for asking!", false));
        UUID reply = sent.reply().id();
        waitForReply(item, InboxReply.State.FAILED);

        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).state()).isEqualTo(ItemState.OPEN);
        InboxReply failed =
                SignedIn.as(reviewer(), () -> inbox.conversation(item).liveReply());
        assertThat(failed.failure()).contains("Refused for the test");
        assertThat(failed.text()).isEqualTo("Yes: Juno and Flint. Thanks for asking!");

        SignedIn.as(reviewer(), () -> network.clearFault("@GlosPoliceDogs"));
        SignedIn.as(reviewer(), () -> inbox.retryReply(reply));

        assertThat(waitFor(item, ItemState.ANSWERED).firstResponse()).isEqualTo("REPLIED");
        assertThat(count("select count(*) from publishing.sandbox_post where reply_to = ?", fixtures.platformId(item)))
                .isEqualTo(1);
    }

    @Test
    void moderationHidesOnTheSandboxAndKeepsTheOriginalInTheArchive() {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "You pigs are useless scum");
        UUID standard =
                SignedIn.as(reviewer(), () -> settings.standards().getFirst().id());

        InboxModeration done = SignedIn.as(
                reviewer(), () -> inbox.moderate(item, ModerationAction.HIDE, standard, "Abuse of officers"));

        assertThat(done.platformOutcome()).isEqualTo("DONE");
        String platformId = fixtures.platformId(item);
        assertThat(Tenancy.asForce(glo(), () -> sandbox.visibility(platformId))).isEqualTo("HIDDEN");
        InboxItem after = SignedIn.as(reviewer(), () -> inbox.item(item));
        assertThat(after.state()).isEqualTo(ItemState.MODERATED);
        assertThat(after.category()).isEqualTo(InboundCategory.ABUSE);
        String original = after.text();
        assertThat(count(
                        "select count(*) from archive.record where record_type = 'MODERATION_ACTION' and content = ?"
                                + " and metadata ->> 'messageId' = ?",
                        original,
                        item.toString()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from archive.record where record_type = 'INBOUND_MESSAGE' and content = ?",
                        original))
                .isEqualTo(1);
    }

    @Test
    void anAppealCanOverturnAHideAndTheMessageIsVisibleAgain() {
        InboundItemId item = fixtures.arrives(glo(), "@GlosPoliceDogs", "ACAB");
        UUID standard =
                SignedIn.as(reviewer(), () -> settings.standards().getFirst().id());
        InboxModeration done =
                SignedIn.as(reviewer(), () -> inbox.moderate(item, ModerationAction.HIDE, standard, null));

        SignedIn.as(reviewer(), () -> inbox.recordAppeal(done.id(), "It was a band name, honestly"));
        InboxModeration decided =
                SignedIn.as(reviewer(), () -> inbox.decideAppeal(done.id(), true, "Benefit of the doubt"));

        assertThat(decided.appealDecision()).isEqualTo("OVERTURNED");
        assertThat(Tenancy.asForce(glo(), () -> sandbox.visibility(fixtures.platformId(item))))
                .isEqualTo("VISIBLE");
        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).state()).isEqualTo(ItemState.OPEN);
    }

    @Test
    void aRiskToLifeCannotBeClosedBeforeItIsHandedOffAndTheHandOffIsRecordedOnce() {
        InboundItemId item = fixtures.arrives(glo(), "@StroudPolice", "I can't go on, I'm going to end it all tonight");

        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> inbox.noReplyNeeded(item, "Handled")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("control room");
        InboxItem handed = SignedIn.as(reviewer(), () -> inbox.escalate(item, null, "GC-20261121-0147", null));

        assertThat(handed.handoffTo()).isEqualTo("Control room");
        assertThat(handed.state()).isEqualTo(ItemState.HANDED_OFF);
        assertThat(events.stream(InboundItemEscalated.class)
                        .filter(e -> e.item().equals(item)))
                .singleElement()
                .satisfies(e -> assertThat(e.reference()).isEqualTo("GC-20261121-0147"));
        assertThat(events.stream(InboundItemAnswered.class).filter(e -> e.item().equals(item)))
                .singleElement()
                .satisfies(e -> assertThat(e.response()).isEqualTo(InboundItemAnswered.Response.HANDED_OFF));
        assertThatThrownBy(() -> SignedIn.as(reviewer(), () -> inbox.escalate(item, null, "again", null)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anItemPastItsDeadlineIsMarkedBreachedOnce() {
        InboundItemId item = fixtures.arrives(
                glo(), "@GlosPoliceDogs", "Thanks for the talk", Instant.now().minus(Duration.ofDays(10)));

        slaWatch.markBreaches();
        slaWatch.markBreaches();

        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).slaBreached())
                .isTrue();
        assertThat(events.stream(InboundSlaBreached.class).filter(e -> e.item().equals(item)))
                .hasSize(1);
        InboxItem closed = SignedIn.as(reviewer(), () -> inbox.noReplyNeeded(item, "Thanks need no answer"));
        assertThat(closed.state()).isEqualTo(ItemState.NO_REPLY_NEEDED);
        assertThat(events.stream(InboundItemAnswered.class).filter(e -> e.item().equals(item)))
                .singleElement()
                .satisfies(e -> assertThat(e.slaBreached()).isTrue());
    }

    @Test
    void keywordRoutesEditedOnSettingsSendItemsToTheTeamAndAreAudited() {
        String keyword = "horse" + UUID.randomUUID().toString().substring(0, 4);
        SignedIn.as(demo.user("glo.accounts"), () -> settings.addRoute(keyword, "Mounted Section"));

        InboundItemId item = fixtures.arrives(glo(), "@StroudPolice", "Saw a " + keyword + " on the bypass");

        assertThat(SignedIn.as(reviewer(), () -> inbox.item(item)).assignedTeam())
                .isEqualTo("Mounted Section");
        assertThat(count(
                        "select count(*) from audit.entry where action = 'inbox.route-added' and details ->> 'keyword' = ?",
                        keyword))
                .isEqualTo(1);
    }

    private void waitForReply(InboundItemId item, InboxReply.State state) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            InboxReply live =
                    SignedIn.as(reviewer(), () -> inbox.conversation(item).liveReply());
            if (live != null && live.state() == state) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The reply never became " + state);
    }

    private InboxItem waitFor(InboundItemId item, ItemState state) throws InterruptedException {
        InboxItem current = null;
        for (int i = 0; i < 60; i++) {
            current = SignedIn.as(reviewer(), () -> inbox.item(item));
            if (current.state() == state) {
                return current;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Item stayed " + current.state() + ", expected " + state);
    }
}
