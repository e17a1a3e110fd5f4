package org.postwatch.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemAnswered;
import org.postwatch.inbox.InboundItemEscalated;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboundItemReceived;
import org.postwatch.inbox.InboundSlaBreached;
import org.postwatch.platform.ForceId;
import org.postwatch.posts.PostId;
import org.postwatch.posts.PostSentOut;
import org.postwatch.publishing.Channel;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublishingPaused;
import org.postwatch.publishing.PublishingResumed;
import org.postwatch.review.PostReviewed;
import org.postwatch.review.ReviewDecision;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.CheckDecisionRecorded;
import org.postwatch.safeguard.DecisionId;
import org.postwatch.safeguard.Outcome;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Each measure computed from a known set of events, in a month long before the demo history (March 2023), for the
 * Gloucestershire demo force whose strategy is Engagement, Appeals, Crime prevention, Reassurance and Recruitment.
 */
@PostwatchIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsMeasuresTests {

    static final String FROM = "2023-03-01";
    static final String TO = "2023-03-31";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Insights insights;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoUsers demo;

    ForceId glo;
    AccountSummary dogs;
    AccountSummary corporate;
    Dashboard march;

    static Instant at(String dayAndTime) {
        return Instant.parse("2023-03-" + dayAndTime + "Z");
    }

    @BeforeAll
    void publishAKnownMonth() {
        glo = demo.force("GLO");
        List<AccountSummary> all = SignedIn.as(demo.user("glo.accounts"), () -> accounts.all());
        dogs = all.stream()
                .filter(a -> a.handle().equals("@GlosPoliceDogs"))
                .findFirst()
                .orElseThrow();
        corporate = all.stream()
                .filter(a -> a.handle().equals("@GlosPolice"))
                .findFirst()
                .orElseThrow();

        PostId engagement = PostId.random();
        PostId roadSafety = PostId.random();
        events.publishEvent(new PostSentOut(engagement, glo, StrategyObjective.ENGAGEMENT, at("10T09:00:00")));
        events.publishEvent(new PostSentOut(roadSafety, glo, StrategyObjective.ROAD_SAFETY, at("10T09:05:00")));
        PostPublished first = published(engagement.toString(), dogs, null, at("10T09:01:00"));
        events.publishEvent(first);
        events.publishEvent(first); // delivered twice: counted once
        events.publishEvent(published(roadSafety.toString(), dogs, null, at("10T09:06:00")));
        events.publishEvent(published(engagement.toString(), corporate, null, at("11T09:06:00")));
        events.publishEvent(published("inbox-reply", dogs, "platform-post-1", at("12T10:00:00")));
        events.publishEvent(new PublicationFailed(
                PublicationId.random(),
                glo,
                roadSafety.toString(),
                corporate.id().value(),
                Channel.X,
                "Rate limited",
                at("10T09:07:00")));

        check(Outcome.ALLOW, Set.of());
        check(Outcome.ALLOW, Set.of());
        check(Outcome.ALLOW, Set.of());
        check(Outcome.REVIEW, Set.of(Category.PERSONAL_DATA));
        check(Outcome.BLOCK, Set.of(Category.PERSONAL_DATA, Category.LINK));

        events.publishEvent(new PostReviewed(
                PostId.random(),
                glo,
                ReviewDecision.Decision.APPROVED,
                at("13T10:00:00"),
                at("13T10:20:00"),
                Duration.ofMinutes(20),
                false));
        events.publishEvent(new PostReviewed(
                PostId.random(),
                glo,
                ReviewDecision.Decision.REJECTED,
                at("13T10:00:00"),
                at("13T10:40:00"),
                Duration.ofMinutes(40),
                true));

        InboundItemId answeredQuickly = received(InboundCategory.QUESTION);
        InboundItemId answeredLate = received(InboundCategory.CRIME_REPORT);
        InboundItemId escalated = received(InboundCategory.RISK_TO_LIFE);
        InboundItemId breached = received(InboundCategory.COMMENT);
        events.publishEvent(
                answered(answeredQuickly, InboundItemAnswered.Response.REPLIED, Duration.ofMinutes(30), false));
        events.publishEvent(answered(answeredLate, InboundItemAnswered.Response.HANDED_OFF, Duration.ofHours(3), true));
        events.publishEvent(new InboundItemEscalated(
                escalated,
                glo,
                dogs.id().value(),
                InboundCategory.RISK_TO_LIFE,
                "Control room",
                "CAD 123",
                at("14T08:05:00")));
        events.publishEvent(
                new InboundSlaBreached(breached, glo, dogs.id().value(), InboundCategory.COMMENT, at("14T12:00:00")));

        PauseId pause = new PauseId(UUID.randomUUID());
        events.publishEvent(new PublishingPaused(pause, glo, Set.of(), "Critical incident", null, at("20T12:00:00")));
        events.publishEvent(new PublishingResumed(pause, glo, Set.of(), "Stood down", null, at("20T14:30:00")));

        march = SignedIn.as(
                demo.user("glo.reviewer"),
                () -> insights.dashboard(insights.filter("custom", FROM, TO, null, null, null)));
    }

    private PostPublished published(String reference, AccountSummary account, String replyTo, Instant at) {
        return new PostPublished(
                PublicationId.random(),
                glo,
                reference,
                account.id().value(),
                Channel.X,
                "p-" + UUID.randomUUID(),
                null,
                replyTo,
                at);
    }

    private void check(Outcome outcome, Set<Category> categories) {
        events.publishEvent(new CheckDecisionRecorded(
                new DecisionId(UUID.randomUUID()), glo, "post", outcome, categories, 1, "v1", at("15T11:00:00")));
    }

    private InboundItemId received(InboundCategory category) {
        InboundItemId item = InboundItemId.random();
        events.publishEvent(
                new InboundItemReceived(item, glo, dogs.id().value(), Channel.X, category, at("14T08:00:00")));
        return item;
    }

    private InboundItemAnswered answered(
            InboundItemId item, InboundItemAnswered.Response response, Duration took, boolean late) {
        Instant received = at("14T08:00:00");
        return new InboundItemAnswered(
                item,
                glo,
                dogs.id().value(),
                InboundCategory.QUESTION,
                response,
                received,
                received.plus(took),
                took,
                late);
    }

    private static String cell(Table table, String row, String column) {
        int index = table.columns().indexOf(column);
        assertThat(index).as("column " + column).isNotNegative();
        return table.rows().stream()
                .filter(r -> r.label().equals(row))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + row + " in " + table.rows()))
                .values()
                .get(index)
                .text();
    }

    private String headline(String id) {
        return march.headlines().stream()
                .filter(h -> h.id().equals(id))
                .findFirst()
                .orElseThrow()
                .value()
                .text();
    }

    @Test
    void broadcastsAreCountedOnceEachAndRepliesApart() {
        assertThat(headline("headline-posts")).isEqualTo("3");
        assertThat(headline("headline-replies")).isEqualTo("0.33");
    }

    @Test
    void theShareOfPostsTaggedToTheStrategyLeavesOutObjectivesTheForceDidNotChoose() {
        assertThat(headline("headline-tagged")).isEqualTo("66.7%");
        Table objectives = march.table("objectives");
        assertThat(cell(objectives, "Engagement", "Posts")).isEqualTo("2");
        assertThat(cell(objectives, "Road safety (not in the strategy)", "Posts"))
                .isEqualTo("1");
        assertThat(cell(objectives, "Engagement", "Target a month")).isEqualTo("40");
        assertThat(cell(objectives, "Engagement", "Target")).isEqualTo("Not met");
    }

    @Test
    void postsPerObjectivePerAccount() {
        Table byAccount = march.table("account-objectives");
        assertThat(cell(byAccount, dogs.label(), "Posts")).isEqualTo("2");
        assertThat(cell(byAccount, dogs.label(), "Tagged to the strategy")).isEqualTo("1");
        assertThat(cell(byAccount, dogs.label(), "Tagged (%)")).isEqualTo("50.0");
        assertThat(cell(byAccount, corporate.label(), "Engagement")).isEqualTo("1");
    }

    @Test
    void accountsWithNoPostForTheStrategyAreListed() {
        List<String> listed = march.table("accounts-without-objective").rows().stream()
                .map(Table.Row::label)
                .toList();
        assertThat(listed).doesNotContain(dogs.label(), corporate.label()).anyMatch(l -> l.startsWith("@StroudPolice"));
    }

    @Test
    void dialogueCountsAnsweredItemsAndTimeToFirstResponsePerAccount() {
        Table dialogue = march.table("dialogue-by-account");
        assertThat(cell(dialogue, dogs.label(), "Inbound received")).isEqualTo("4");
        assertThat(cell(dialogue, dogs.label(), "Answered (%)")).isEqualTo("50.0");
        assertThat(cell(dialogue, dogs.label(), "Average first response (hours)"))
                .isEqualTo("1.8");
        assertThat(cell(dialogue, dogs.label(), "Answered within an hour (%)")).isEqualTo("50.0");
        assertThat(cell(dialogue, dogs.label(), "SLA breaches")).isEqualTo("1");
        assertThat(cell(dialogue, dogs.label(), "Replies per broadcast")).isEqualTo("0.50");
        assertThat(headline("headline-answered")).isEqualTo("50.0%");
        assertThat(headline("headline-response")).isEqualTo("1.8 hours");
    }

    @Test
    void teamAccountsAreComparedWithCorporateOnes() {
        Table byKind = march.table("dialogue-by-kind");
        assertThat(cell(byKind, "Team", "Broadcast posts")).isEqualTo("2");
        assertThat(cell(byKind, "Team", "Replies")).isEqualTo("1");
        assertThat(cell(byKind, "Corporate", "Broadcast posts")).isEqualTo("1");
        assertThat(cell(byKind, "Corporate", "Inbound received")).isEqualTo("0");
    }

    @Test
    void inboundItemsAreCountedByTriageCategoryWithEscalations() {
        Table categories = march.table("inbound-categories");
        assertThat(cell(categories, "Risk to life", "Received")).isEqualTo("1");
        assertThat(cell(categories, "Risk to life", "Escalated")).isEqualTo("1");
        assertThat(cell(categories, "Abuse", "Received")).isEqualTo("0");
    }

    @Test
    void checkOutcomesAndTheMostFrequentFindings() {
        Table outcomes = march.table("check-outcomes");
        Table.Row month = outcomes.rows().stream()
                .filter(r -> r.label().equals("Mar 2023") || r.label().startsWith("13 Mar 2023"))
                .findFirst()
                .orElseThrow();
        assertThat(month.values()).extracting(Value::text).containsExactly("3", "0", "1", "1");
        assertThat(headline("headline-held")).isEqualTo("40.0%");
        Table findings = march.table("findings");
        assertThat(findings.rows().getFirst().label()).isEqualTo("Personal information");
        assertThat(cell(findings, "Personal information", "Checks that found it"))
                .isEqualTo("2");
        assertThat(cell(findings, "Personal information", "Of which held or blocked"))
                .isEqualTo("2");
        assertThat(cell(findings, "Link", "Share of all checks (%)")).isEqualTo("20.0");
    }

    @Test
    void reviewTimesAndDecisionsOverTheTarget() {
        Table reviews = march.table("reviews");
        assertThat(cell(reviews, "Approved", "Decisions")).isEqualTo("1");
        assertThat(cell(reviews, "Approved", "Average wait (office minutes)")).isEqualTo("20");
        assertThat(cell(reviews, "Rejected", "Over the target (%)")).isEqualTo("100.0");
        assertThat(cell(reviews, "Approved with edits", "Decisions")).isEqualTo("0");
    }

    @Test
    void publishingFailuresAndPauses() {
        long failures = march.table("publishing").rows().stream()
                .mapToLong(r -> r.values().get(1).number().longValue())
                .sum();
        assertThat(failures).isEqualTo(1);
        Table pauses = march.table("pauses");
        assertThat(pauses.rows()).hasSize(1);
        assertThat(pauses.rows().getFirst().values())
                .extracting(Value::text)
                .containsExactly("20 Mar 2023, 14:30", "2.5", "Whole force");
    }

    @Test
    void narrowingToOneAccountLeavesTheOthersOut() {
        Dashboard corporateOnly = SignedIn.as(
                demo.user("glo.reviewer"),
                () -> insights.dashboard(
                        insights.filter("custom", FROM, TO, corporate.id().toString(), null, null)));
        assertThat(corporateOnly.headlines().getFirst().value().text()).isEqualTo("1");
        assertThat(corporateOnly.notes()).anyMatch(n -> n.contains("not recorded per account"));
    }

    @Test
    void engagementIsMarkedNotAvailableRatherThanInvented() {
        assertThat(march.table("engagement").rows())
                .allSatisfy(r -> assertThat(r.values().getFirst().text())
                        .isEqualTo("Not available from the connected platforms"));
    }

    @Test
    void anotherForceSeesNoneOfIt() {
        Dashboard staffordshire = SignedIn.as(
                demo.user("sta.reviewer"),
                () -> insights.dashboard(insights.filter("custom", FROM, TO, null, null, null)));
        assertThat(staffordshire.headlines().getFirst().value().text()).isEqualTo("0");
        assertThat(staffordshire.table("dialogue-by-account").rows()).isEmpty();
        assertThat(staffordshire.table("pauses").rows()).isEmpty();
    }
}
