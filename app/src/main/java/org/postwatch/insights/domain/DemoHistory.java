package org.postwatch.insights.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Forces;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.review.ReviewDecision;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DEMO HISTORY, not real data: twelve months of generated daily facts for the demo forces (GLO and STA), so their
 * dashboards mean something on first start. Deterministic: a Random seeded from the force code, over the days before
 * today. Seeds only what insights learns from posts, publishing, safeguard and review (broadcasts, replies, failures,
 * pauses, checks, reviews) plus each force's strategy; inbound items come from the inbox module's own demo events, so
 * nothing is counted twice. Live events add on top.
 */
@Component
public class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** Each demo force's strategy: objectives and targets of posts a month. */
    static final Map<String, Map<StrategyObjective, Integer>> STRATEGIES = Map.of(
            "GLO",
            orderedMap(
                    StrategyObjective.ENGAGEMENT, 40,
                    StrategyObjective.APPEAL_FOR_INFORMATION, 20,
                    StrategyObjective.CRIME_PREVENTION, 30,
                    StrategyObjective.REASSURANCE, null,
                    StrategyObjective.RECRUITMENT, 8),
            "STA",
            orderedMap(
                    StrategyObjective.ENGAGEMENT, 50,
                    StrategyObjective.APPEAL_FOR_INFORMATION, 25,
                    StrategyObjective.CRIME_PREVENTION, 25,
                    StrategyObjective.ROAD_SAFETY, 15,
                    StrategyObjective.MISSING_PERSONS, null,
                    StrategyObjective.WARNING_AND_INFORMING, null));

    private final Forces forces;
    private final Accounts accounts;
    private final FactRepository facts;
    private final StrategyRepository strategies;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<ForceId> pending = new CopyOnWriteArrayList<>();

    DemoHistory(
            Forces forces,
            Accounts accounts,
            FactRepository facts,
            StrategyRepository strategies,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.accounts = accounts;
        this.facts = facts;
        this.strategies = strategies;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void remember(DemoStaffSeeded event) {
        pending.addAll(event.forces());
    }

    /** After the other modules' demo data (accounts first), once. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void seed() {
        for (ForceId force : pending) {
            try {
                Tenancy.asForce(force, () -> transactions.executeWithoutResult(status -> seed(force)));
            } catch (RuntimeException e) {
                log.warn("Demo insights history not seeded for {}: {}", force, e.getMessage());
            }
        }
        pending.clear();
    }

    private void seed(ForceId force) {
        String code = forces.get(force).code();
        Map<StrategyObjective, Integer> strategy = STRATEGIES.get(code);
        if (strategy == null || facts.demoHistory(force).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        LocalDate first = today.minusMonths(12);
        LocalDate last = today.minusDays(1);
        strategies.replace(force, strategy, "Demo data", clock.instant());
        generate(force, code, accounts.all(), first, last);
        facts.demoHistory(force, first, last, clock.instant());
        audit.recordFor(
                force,
                Actor.system(),
                InsightsActions.DEMO_HISTORY_SEEDED,
                "insights",
                code,
                "Generated demo history, not real figures",
                Map.of("from", first.toString(), "to", last.toString()));
    }

    /**
     * Writes one force's generated facts between two days. Public for the benchmark, which generates a large force the
     * same way.
     */
    public void generate(
            ForceId force, String seedCode, List<AccountSummary> accountList, LocalDate first, LocalDate last) {
        Random random = new Random(20261121L ^ seedCode.hashCode());
        List<Object[]> publications = new ArrayList<>();
        List<Object[]> checks = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            double progress = java.time.temporal.ChronoUnit.DAYS.between(first, day) / (double) days;
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            // Busier in summer and in the run-up to Christmas; replies grow as the desk settles in.
            double season = 1 + 0.25 * Math.sin((day.getDayOfYear() - 100) / 365.0 * 2 * Math.PI);
            double replyRate = 0.5 + 0.9 * progress;
            int dayPosts = 0;
            for (AccountSummary account : accountList) {
                double rate = postsPerDay(account.kind()) * season * (weekend ? 0.5 : 1.0);
                int posts = poisson(random, rate);
                Map<String, Integer> byObjective = new java.util.HashMap<>();
                List<StrategyObjective> own = new ArrayList<>(account.objectives());
                own.sort(null);
                for (int i = 0; i < posts; i++) {
                    String objective = objectiveFor(random, own, account.kind());
                    byObjective.merge(objective, 1, Integer::sum);
                }
                int replies = account.kind() == AccountKind.UNOFFICIAL ? 0 : poisson(random, rate * replyRate);
                int failures = random.nextDouble() < 0.006 * (posts + replies) ? 1 : 0;
                if (posts == 0 && replies == 0 && failures == 0) {
                    continue;
                }
                if (byObjective.isEmpty()) {
                    byObjective.put("", 0);
                }
                boolean firstRow = true;
                for (var e : byObjective.entrySet()) {
                    publications.add(new Object[] {
                        day,
                        account.id().value(),
                        e.getKey(),
                        e.getValue(),
                        firstRow ? replies : 0,
                        firstRow ? failures : 0
                    });
                    firstRow = false;
                }
                dayPosts += posts;
            }
            checks(random, day, dayPosts, progress, checks, reviews);
        }
        facts.addPublications(force, publications);
        facts.addChecks(force, checks);
        facts.addReviews(force, reviews);
        pauses(force, random, first, days);
    }

    private static double postsPerDay(AccountKind kind) {
        return switch (kind) {
            case CORPORATE -> 3.2;
            case TEAM -> 1.1;
            case INDIVIDUAL -> 0.6;
            case UNOFFICIAL -> 0.25;
        };
    }

    /** Mostly the account's own objectives; now and then one outside them, or (unofficial accounts) none. */
    private static String objectiveFor(Random random, List<StrategyObjective> own, AccountKind kind) {
        if (kind == AccountKind.UNOFFICIAL && random.nextDouble() < 0.7) {
            return "";
        }
        if (own.isEmpty() || random.nextDouble() < 0.12) {
            StrategyObjective[] all = StrategyObjective.values();
            return all[random.nextInt(all.length)].name();
        }
        return own.get(random.nextInt(own.size())).name();
    }

    private static final Category[] COMMON = {
        Category.PERSONAL_DATA,
        Category.PERSONAL_DATA,
        Category.PERSONAL_DATA,
        Category.LINK,
        Category.LINK,
        Category.OPERATIONAL_SECURITY,
        Category.OPERATIONAL_SECURITY,
        Category.MEDIA_RIGHTS,
        Category.CONTEMPT,
        Category.OFFENSIVE,
        Category.POLITICAL,
        Category.COMMERCIAL,
        Category.RELEASE_OF_INFORMATION
    };

    /** About one check per post; holds and blocks fall slowly over the year as training takes hold. */
    private static void checks(
            Random random, LocalDate day, int posts, double progress, List<Object[]> checks, List<Object[]> reviews) {
        int n = posts + poisson(random, posts * 0.15);
        Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
        Map<String, Integer> byCategory = new java.util.HashMap<>();
        double block = 0.03 - 0.015 * progress;
        double review = 0.10 - 0.04 * progress;
        double advise = 0.14;
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            Outcome outcome = r < block
                    ? Outcome.BLOCK
                    : r < block + review
                            ? Outcome.REVIEW
                            : r < block + review + advise ? Outcome.ADVISE : Outcome.ALLOW;
            byOutcome.merge(outcome, 1, Integer::sum);
            if (outcome != Outcome.ALLOW) {
                Set<Category> found = new java.util.HashSet<>();
                found.add(COMMON[random.nextInt(COMMON.length)]);
                if (random.nextDouble() < 0.2) {
                    found.add(COMMON[random.nextInt(COMMON.length)]);
                }
                for (Category c : found) {
                    byCategory.merge(outcome.name() + "|" + c.name(), 1, Integer::sum);
                }
            }
        }
        byOutcome.forEach((outcome, count) -> checks.add(new Object[] {day, outcome.name(), "", count}));
        byCategory.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            checks.add(new Object[] {day, parts[0], parts[1], count});
        });
        int held = byOutcome.getOrDefault(Outcome.REVIEW, 0);
        Map<ReviewDecision.Decision, long[]> decided = new EnumMap<>(ReviewDecision.Decision.class);
        for (int i = 0; i < held; i++) {
            double r = random.nextDouble();
            ReviewDecision.Decision d = r < 0.68
                    ? ReviewDecision.Decision.APPROVED
                    : r < 0.85 ? ReviewDecision.Decision.APPROVED_WITH_EDITS : ReviewDecision.Decision.REJECTED;
            long minutes = 4 + (long) (random.nextDouble() * random.nextDouble() * 80);
            long[] sums = decided.computeIfAbsent(d, k -> new long[3]);
            sums[0]++;
            sums[1] += minutes * 60;
            sums[2] += minutes >= 30 ? 1 : 0;
        }
        decided.forEach((d, sums) -> reviews.add(new Object[] {day, d.name(), sums[0], sums[1], sums[2]}));
    }

    /** A handful of critical-incident pauses a year, each a few hours. */
    private void pauses(ForceId force, Random random, LocalDate first, long days) {
        int count = 3 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextLong(Math.max(1, days - 1)));
            var start = day.atTime(6 + random.nextInt(14), random.nextInt(60))
                    .atZone(LondonTime.ZONE)
                    .toInstant();
            var end = start.plusSeconds(3600L + random.nextInt(5 * 3600));
            boolean whole = random.nextBoolean();
            java.util.UUID id = new java.util.UUID(force.value().getMostSignificantBits(), 1000L + i);
            facts.pauseStarted(force, id, start, whole, whole ? 0 : 1 + random.nextInt(2));
            facts.pauseEnded(force, id, end);
        }
    }

    static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static Map<StrategyObjective, Integer> orderedMap(Object... pairs) {
        Map<StrategyObjective, Integer> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((StrategyObjective) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
