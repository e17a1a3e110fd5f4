package org.postwatch.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.audit.AuditTrail;
import org.postwatch.conduct.ConductAggregates;
import org.postwatch.conduct.ConductStatistics;
import org.postwatch.conduct.StatisticsPeriod;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.insights.domain.FactRepository;
import org.postwatch.insights.domain.FactRepository.Inbound;
import org.postwatch.insights.domain.FactRepository.PublicationsAt;
import org.postwatch.insights.domain.InsightsActions;
import org.postwatch.insights.domain.StrategyRepository;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Suppression;
import org.postwatch.platform.Tenancy;
import org.postwatch.review.ReviewDecision;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.Outcome;
import org.postwatch.training.TrainingCoverage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The measures of strategy, dialogue, safety and people for the current force, and side by side for the inspectorate.
 * Computed from insights' daily facts and, for "now" figures, the accounts register, training and conduct's suppressed
 * statistics. See docs/insights.md for each measure's definition.
 */
@Service
public class Insights {

    /** Who sees a force's dashboards: the communications lead and reviewers, account managers, administrators. */
    public static final String DASHBOARD_ROLES = "hasAnyRole('REVIEWER', 'FORCE_ADMIN', 'ACCOUNT_MANAGER')";

    static final String NOT_AVAILABLE = "Not available from the connected platforms";
    static final String NO_OBJECTIVE = "No objective";
    private static final double DAYS_A_MONTH = 365.25 / 12;

    private final FactRepository facts;
    private final StrategyRepository strategies;
    private final Accounts accounts;
    private final Forces forces;
    private final TrainingCoverage training;
    private final ConductStatistics conduct;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    Insights(
            FactRepository facts,
            StrategyRepository strategies,
            Accounts accounts,
            Forces forces,
            TrainingCoverage training,
            ConductStatistics conduct,
            AuditTrail audit,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.facts = facts;
        this.strategies = strategies;
        this.accounts = accounts;
        this.forces = forces;
        this.training = training;
        this.conduct = conduct;
        this.audit = audit;
        this.jdbc = jdbc;
        // A fresh read-only transaction, so its connection carries the scope set here (one force, or all for the
        // inspectorate), not the caller's.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LondonTime.ZONE));
    }

    /** The period chosen by name: "30d", "quarter" or "12m" (the default). */
    public Period period(String choice) {
        LocalDate today = today();
        return switch (choice == null ? "" : choice) {
            case "30d" -> Period.last30Days(today);
            case "quarter" -> Period.lastQuarter(today);
            default -> Period.last12Months(today);
        };
    }

    /**
     * The period chosen: "30d", "quarter", "12m" (the default when nothing is chosen) or "custom" with London dates
     * {@code from} and {@code to} as yyyy-mm-dd.
     *
     * @throws BusinessRuleException saying what is wrong with custom dates
     */
    public Period period(String choice, String from, String to) {
        if (!"custom".equals(choice)) {
            return period(choice);
        }
        LocalDate first = date(from, "Enter the start date of the period");
        LocalDate last = date(to, "Enter the end date of the period");
        LocalDate today = today();
        if (first.isAfter(last)) {
            throw new BusinessRuleException("The start date must be on or before the end date");
        }
        if (last.isAfter(today)) {
            throw new BusinessRuleException("The end date must be today or in the past");
        }
        if (first.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new BusinessRuleException("The start date must be in 2000 or later");
        }
        Period period = new Period("custom", first, last);
        if (period.days() > Period.MAX_DAYS) {
            throw new BusinessRuleException("Choose a period of at most 3 years");
        }
        return period;
    }

    private static LocalDate date(String text, String missing) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException(missing);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleException("Enter dates as a real date, for example 2026-03-31");
        }
    }

    /**
     * The filter from request parameters: a period, and optionally an account id, an owning unit or an objective code.
     *
     * @throws BusinessRuleException for a bad period or an objective not in the catalogue
     * @throws RecordNotFoundException for an account that is not the force's
     */
    public Filter filter(String choice, String from, String to, String account, String unit, String objective) {
        Period period = period(choice, from, to);
        UUID accountId = null;
        if (account != null && !account.isBlank()) {
            try {
                accountId = UUID.fromString(account.strip());
            } catch (IllegalArgumentException e) {
                throw new RecordNotFoundException("Account", account);
            }
        }
        StrategyObjective goal = null;
        if (objective != null && !objective.isBlank()) {
            try {
                goal = StrategyObjective.valueOf(objective.strip());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("Choose an objective from the list");
            }
        }
        return new Filter(period, accountId, unit, goal);
    }

    /** The owning units of the force's accounts, for the unit filter. */
    @PreAuthorize(DASHBOARD_ROLES)
    public List<String> units() {
        return accounts.units();
    }

    /** The force's accounts, for the account filter. */
    @PreAuthorize(DASHBOARD_ROLES)
    public List<AccountSummary> accounts() {
        return accounts.all().stream()
                .sorted(Comparator.comparing(AccountSummary::label))
                .toList();
    }

    /**
     * Every measure of the current force for the filter.
     *
     * @throws org.postwatch.platform.RecordNotFoundException when the filter names another force's account
     */
    @PreAuthorize(DASHBOARD_ROLES)
    public Dashboard dashboard(Filter filter) {
        ForceId force = Tenancy.requireForce();
        if (filter.account() != null) {
            accounts.get(new AccountId(filter.account()));
        }
        Dashboard dashboard = Tenancy.asForce(force, () -> readOnly.execute(status -> compute(force, filter)));
        return dashboard;
    }

    /** Records that a report or table left Postwatch, with its period. */
    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN', 'ACCOUNT_MANAGER', 'INSPECTOR')")
    public void exported(String what, Period period) {
        audit.record(
                InsightsActions.REPORT_EXPORTED,
                "insights",
                what,
                null,
                Map.of("from", period.from().toString(), "to", period.to().toString()));
    }

    /** Every force with facts in the period, side by side, each suppressed on its own; never a person or account. */
    @Transactional
    @PreAuthorize("hasRole('INSPECTOR')")
    public Inspection inspection(Period period) {
        audit.record(
                InsightsActions.INSPECTION_VIEWED,
                "insights",
                "inspection",
                null,
                Map.of("from", period.from().toString(), "to", period.to().toString()));
        List<Force> active = Tenancy.asSystem(() -> readOnly.execute(status -> forcesWithFacts(period)));
        List<ForceMeasures> measures = new ArrayList<>();
        for (Force force : active) {
            measures.add(Tenancy.asForce(force.id(), () -> readOnly.execute(status -> forceMeasures(force, period))));
        }
        return InspectionTables.build(period, measures);
    }

    private List<Force> forcesWithFacts(Period period) {
        List<UUID> ids = jdbc.sql("""
                        select force_id from insights.publication_day where day between :from and :to
                        union select force_id from insights.check_day where day between :from and :to
                        union select force_id from insights.inbound_day where day between :from and :to
                        """)
                .param("from", period.from())
                .param("to", period.to())
                .query(UUID.class)
                .list();
        return ids.stream()
                .map(id -> forces.find(new ForceId(id)))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Force::name))
                .toList();
    }

    // The force's own dashboard.

    private Dashboard compute(ForceId force, Filter filter) {
        Period period = filter.period();
        Map<UUID, AccountSummary> register =
                accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
        Set<UUID> selected = selected(filter, register);
        Map<StrategyObjective, Integer> chosen = strategies.chosen(force);
        Set<String> inStrategy = (chosen.isEmpty() ? Set.of(StrategyObjective.values()) : chosen.keySet())
                .stream().map(Enum::name).collect(Collectors.toSet());

        List<PublicationsAt> publications =
                facts.publications(force, period.from(), period.to(), period.byMonth()).stream()
                        .filter(p -> selected == null || selected.contains(p.account()))
                        .toList();
        List<PublicationsAt> broadcasts = publications.stream()
                .filter(p -> filter.objective() == null
                        || p.objective().equals(filter.objective().name()))
                .toList();
        List<Inbound> inbound = facts.inbound(force, period.from(), period.to(), period.byMonth()).stream()
                .filter(i -> selected == null || selected.contains(i.account()))
                .toList();

        Map<String, Table> tables = new LinkedHashMap<>();
        put(tables, objectives(broadcasts, chosen, inStrategy, period));
        put(tables, objectivesOverTime(filter, broadcasts, inStrategy, chosen));
        put(tables, accountObjectives(broadcasts, register, chosen, inStrategy));
        put(tables, accountsWithoutObjective(broadcasts, register, inStrategy, filter, selected));
        put(tables, dialogueOverTime(filter, publications, inbound));
        put(
                tables,
                dialogue(
                        "dialogue-by-kind",
                        "Dialogue by kind of account",
                        "Individual and team accounts compared with corporate ones.",
                        "Kind of account",
                        publications,
                        inbound,
                        account -> register.containsKey(account)
                                ? register.get(account).kind().label()
                                : "Unknown",
                        null));
        put(
                tables,
                dialogue(
                        "dialogue-by-unit",
                        "Dialogue by team",
                        "By the unit that owns each account.",
                        "Owning unit",
                        publications,
                        inbound,
                        account -> register.containsKey(account)
                                ? blankAs(register.get(account).owningUnit())
                                : "Unknown",
                        null));
        put(
                tables,
                dialogue(
                        "dialogue-by-account",
                        "Dialogue by account",
                        "Replies per broadcast post, inbound answered and time to first response for each account.",
                        "Account",
                        publications,
                        inbound,
                        account -> register.containsKey(account)
                                ? register.get(account).label()
                                : "Removed account",
                        Table.Chart.horizontalBars(4)));
        put(tables, inboundCategories(force, period));
        List<FactRepository.Checks> checks = facts.checks(force, period.from(), period.to(), period.byMonth());
        put(tables, checkOutcomes(checks, period));
        put(tables, findings(checks));
        put(tables, reviews(force, period));
        put(tables, publishing(force, filter, publications));
        put(tables, pauses(force, period));
        put(tables, people(filter));
        put(tables, conductFigures(force, period));
        put(tables, engagement());

        List<Dashboard.Headline> headlines = headlines(tables, publications, broadcasts, inbound, inStrategy);
        List<String> notes = new ArrayList<>();
        if (filter.narrowsAccounts()) {
            notes.add("Safety figures (checks, findings, reviews, pauses) and inbound categories are for the whole"
                    + " force: they are not recorded per account.");
        }
        if (filter.objective() != null) {
            notes.add("The objective narrows the strategy figures only: replies and inbound items have no objective.");
        }
        if (chosen.isEmpty()) {
            notes.add("The force has not chosen its strategy objectives yet, so every objective counts as part of it.");
        }
        boolean demo = facts.demoHistory(force).isPresent();
        return new Dashboard(filter, forces.get(force).name(), headlines, tables, notes, demo);
    }

    private static void put(Map<String, Table> tables, Table table) {
        tables.put(table.id(), table);
    }

    private Set<UUID> selected(Filter filter, Map<UUID, AccountSummary> register) {
        if (filter.account() != null) {
            return Set.of(filter.account());
        }
        if (filter.unit() != null) {
            return register.values().stream()
                    .filter(a -> filter.unit().equals(a.owningUnit()))
                    .map(a -> a.id().value())
                    .collect(Collectors.toSet());
        }
        return null;
    }

    private static List<Dashboard.Headline> headlines(
            Map<String, Table> tables,
            List<PublicationsAt> publications,
            List<PublicationsAt> broadcasts,
            List<Inbound> inbound,
            Set<String> inStrategy) {
        long posts = broadcasts.stream().mapToLong(PublicationsAt::broadcasts).sum();
        long tagged = broadcasts.stream()
                .filter(p -> inStrategy.contains(p.objective()))
                .mapToLong(PublicationsAt::broadcasts)
                .sum();
        long allBroadcasts =
                publications.stream().mapToLong(PublicationsAt::broadcasts).sum();
        long replies = publications.stream().mapToLong(PublicationsAt::replies).sum();
        long received = inbound.stream().mapToLong(Inbound::received).sum();
        long answered = inbound.stream().mapToLong(Inbound::answered).sum();
        long seconds = inbound.stream().mapToLong(Inbound::responseSeconds).sum();
        Table outcomes = tables.get("check-outcomes");
        long checks = 0;
        long heldOrBlocked = 0;
        for (Table.Row row : outcomes.rows()) {
            for (int i = 0; i < 4; i++) {
                long n = row.values().get(i).number().longValue();
                checks += n;
                heldOrBlocked += i >= 2 ? n : 0;
            }
        }
        return List.of(
                new Dashboard.Headline("headline-posts", Value.count(posts), "broadcast posts published"),
                new Dashboard.Headline(
                        "headline-tagged", percentText(tagged, posts), "of posts tagged to a strategy objective"),
                new Dashboard.Headline(
                        "headline-replies",
                        allBroadcasts == 0 ? Value.none() : Value.decimal((double) replies / allBroadcasts, 2),
                        "replies per broadcast post"),
                new Dashboard.Headline(
                        "headline-answered", percentText(answered, received), "of inbound items answered"),
                new Dashboard.Headline(
                        "headline-response",
                        answered == 0 ? Value.none() : hoursText(seconds / (double) answered),
                        "average time to first response"),
                new Dashboard.Headline(
                        "headline-held", percentText(heldOrBlocked, checks), "of checked posts held or blocked"));
    }

    private static Value percentText(long part, long whole) {
        Value v = Value.percent(part, whole);
        return v.number() == null ? v : new Value(v.number(), v.text() + "%");
    }

    /** "2.5 hours" or "40 minutes". */
    static Value hoursText(double seconds) {
        if (seconds < 3600) {
            long minutes = Math.round(seconds / 60);
            return new Value(seconds / 3600, minutes + (minutes == 1 ? " minute" : " minutes"));
        }
        Value hours = Value.decimal(seconds / 3600, 1);
        return new Value(hours.number(), hours.text() + " hours");
    }

    private static Value hours(long seconds, long count) {
        return count == 0 ? Value.none() : Value.decimal(seconds / 3600.0 / count, 1);
    }

    private static List<StrategyObjective> objectiveOrder(Map<StrategyObjective, Integer> chosen) {
        List<StrategyObjective> order = new ArrayList<>();
        for (StrategyObjective o : StrategyObjective.values()) {
            if (chosen.isEmpty() || chosen.containsKey(o)) {
                order.add(o);
            }
        }
        return order;
    }

    private Table objectives(
            List<PublicationsAt> broadcasts,
            Map<StrategyObjective, Integer> chosen,
            Set<String> inStrategy,
            Period period) {
        Map<String, Long> byObjective = new HashMap<>();
        broadcasts.forEach(p -> byObjective.merge(p.objective(), p.broadcasts(), Long::sum));
        long total = byObjective.values().stream().mapToLong(Long::longValue).sum();
        double months = period.days() / DAYS_A_MONTH;
        List<Table.Row> rows = new ArrayList<>();
        for (StrategyObjective o : StrategyObjective.values()) {
            long n = byObjective.getOrDefault(o.name(), 0L);
            boolean in = inStrategy.contains(o.name());
            if (!in && n == 0) {
                continue;
            }
            Integer target = chosen.get(o);
            double perMonth = n / months;
            rows.add(new Table.Row(
                    in ? o.label() : o.label() + " (not in the strategy)",
                    List.of(
                            Value.count(n),
                            Value.percent(n, total),
                            Value.decimal(perMonth, 1),
                            target == null ? Value.none() : Value.count(target),
                            target == null ? Value.none() : Value.text(perMonth >= target ? "Met" : "Not met"))));
        }
        long none = byObjective.getOrDefault("", 0L);
        if (none > 0) {
            rows.add(new Table.Row(
                    NO_OBJECTIVE,
                    List.of(
                            Value.count(none),
                            Value.percent(none, total),
                            Value.decimal(none / months, 1),
                            Value.none(),
                            Value.none())));
        }
        return new Table(
                "objectives",
                "Strategy",
                "Posts by strategy objective",
                "Broadcast posts published, by the objective each was tagged with, against the force's targets.",
                "Objective",
                List.of("Posts", "Share of posts (%)", "Average a month", "Target a month", "Target"),
                rows,
                Table.Chart.horizontalBars(0));
    }

    private Table objectivesOverTime(
            Filter filter,
            List<PublicationsAt> broadcasts,
            Set<String> inStrategy,
            Map<StrategyObjective, Integer> chosen) {
        Period period = filter.period();
        List<StrategyObjective> order = objectiveOrder(chosen);
        List<String> columns =
                new ArrayList<>(order.stream().map(StrategyObjective::label).toList());
        columns.add("Other or none");
        Map<LocalDate, long[]> counts = buckets(period, columns.size());
        for (var p : broadcasts) {
            long[] row = counts.get(p.bucket());
            if (row == null) {
                continue;
            }
            int index = inStrategy.contains(p.objective())
                    ? order.indexOf(StrategyObjective.valueOf(p.objective()))
                    : columns.size() - 1;
            row[index] += p.broadcasts();
        }
        List<Integer> series = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            series.add(i);
        }
        return new Table(
                "objectives-over-time",
                "Strategy",
                "Posts per objective over time",
                "Broadcast posts published each " + (period.byMonth() ? "month" : "week (from Monday)") + ".",
                period.byMonth() ? "Month" : "Week beginning",
                columns,
                rows(period, counts),
                new Table.Chart("bar", series, true, false));
    }

    private Table accountObjectives(
            List<PublicationsAt> broadcasts,
            Map<UUID, AccountSummary> register,
            Map<StrategyObjective, Integer> chosen,
            Set<String> inStrategy) {
        List<StrategyObjective> order = objectiveOrder(chosen);
        List<String> columns = new ArrayList<>(List.of("Posts", "Tagged to the strategy", "Tagged (%)"));
        order.forEach(o -> columns.add(o.label()));
        Map<UUID, long[]> byAccount = new HashMap<>();
        for (PublicationsAt p : broadcasts) {
            long[] row = byAccount.computeIfAbsent(p.account(), k -> new long[2 + order.size()]);
            row[0] += p.broadcasts();
            if (inStrategy.contains(p.objective())) {
                row[1] += p.broadcasts();
                row[2 + order.indexOf(StrategyObjective.valueOf(p.objective()))] += p.broadcasts();
            }
        }
        List<Table.Row> rows = byAccount.entrySet().stream()
                .filter(e -> e.getValue()[0] > 0)
                .map(e -> {
                    long[] n = e.getValue();
                    List<Value> values =
                            new ArrayList<>(List.of(Value.count(n[0]), Value.count(n[1]), Value.percent(n[1], n[0])));
                    for (int i = 0; i < order.size(); i++) {
                        values.add(Value.count(n[2 + i]));
                    }
                    return new Table.Row(accountLabel(register, e.getKey()), values);
                })
                .sorted(Comparator.comparing(Table.Row::label))
                .toList();
        List<Integer> series = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            series.add(3 + i);
        }
        return new Table(
                "account-objectives",
                "Strategy",
                "Posts per objective by account",
                "Broadcast posts of each account, and how many served an objective of the force's strategy.",
                "Account",
                columns,
                rows,
                new Table.Chart("bar", series, true, true));
    }

    private Table accountsWithoutObjective(
            List<PublicationsAt> broadcasts,
            Map<UUID, AccountSummary> register,
            Set<String> inStrategy,
            Filter filter,
            Set<UUID> selected) {
        Map<UUID, Long> posts = new HashMap<>();
        Map<UUID, Long> tagged = new HashMap<>();
        for (PublicationsAt p : broadcasts) {
            posts.merge(p.account(), p.broadcasts(), Long::sum);
            if (inStrategy.contains(p.objective())) {
                tagged.merge(p.account(), p.broadcasts(), Long::sum);
            }
        }
        List<Table.Row> rows = register.values().stream()
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .filter(a -> selected == null || selected.contains(a.id().value()))
                .filter(a -> tagged.getOrDefault(a.id().value(), 0L) == 0)
                .sorted(Comparator.comparing(AccountSummary::label))
                .map(a -> new Table.Row(
                        a.label(),
                        List.of(
                                Value.text(a.kind().label()),
                                Value.text(blankAs(a.owningUnit())),
                                Value.count(posts.getOrDefault(a.id().value(), 0L)),
                                Value.text(a.lastPostedAt() == null ? "Never" : LondonDates.day(a.lastPostedAt())))))
                .toList();
        return new Table(
                "accounts-without-objective",
                "Strategy",
                "Active accounts with no post for the strategy",
                filter.objective() == null
                        ? "Active accounts that published no post tagged to an objective of the force's strategy in"
                                + " the period."
                        : "Active accounts that published no post for the chosen objective in the period.",
                "Account",
                List.of("Kind", "Owning unit", "Posts in the period", "Last post"),
                rows,
                null);
    }

    private Table dialogueOverTime(Filter filter, List<PublicationsAt> publications, List<Inbound> inbound) {
        Period period = filter.period();
        Map<LocalDate, long[]> counts = buckets(period, 4);
        for (var p : publications) {
            long[] row = counts.get(p.bucket());
            if (row != null) {
                row[0] += p.broadcasts();
                row[1] += p.replies();
            }
        }
        for (Inbound i : inbound) {
            long[] row = counts.get(i.bucket());
            if (row != null) {
                row[2] += i.received();
                row[3] += i.answered();
            }
        }
        return new Table(
                "dialogue-over-time",
                "Dialogue",
                "Broadcasts, replies and inbound items over time",
                "Each " + (period.byMonth() ? "month" : "week (from Monday)")
                        + ": posts published, replies published, items received and items answered (counted in"
                        + " the week or month they arrived).",
                period.byMonth() ? "Month" : "Week beginning",
                List.of("Broadcast posts", "Replies", "Inbound received", "Inbound answered"),
                rows(period, counts),
                Table.Chart.lines(0, 1, 2, 3));
    }

    static final List<String> DIALOGUE_COLUMNS = List.of(
            "Broadcast posts",
            "Replies",
            "Replies per broadcast",
            "Inbound received",
            "Answered (%)",
            "Average first response (hours)",
            "Answered within an hour (%)",
            "SLA breaches");

    private static Table dialogue(
            String id,
            String title,
            String description,
            String rowHeading,
            List<PublicationsAt> publications,
            List<Inbound> inbound,
            Function<UUID, String> group,
            Table.Chart chart) {
        Map<String, long[]> byGroup = new TreeMap<>();
        for (PublicationsAt p : publications) {
            long[] n = byGroup.computeIfAbsent(group.apply(p.account()), k -> new long[7]);
            n[0] += p.broadcasts();
            n[1] += p.replies();
        }
        for (Inbound i : inbound) {
            long[] n = byGroup.computeIfAbsent(group.apply(i.account()), k -> new long[7]);
            n[2] += i.received();
            n[3] += i.answered();
            n[4] += i.responseSeconds();
            n[5] += i.withinHour();
            n[6] += i.breached();
        }
        List<Table.Row> rows = byGroup.entrySet().stream()
                .map(e -> new Table.Row(e.getKey(), dialogueValues(e.getValue())))
                .toList();
        return new Table(
                id,
                "Dialogue",
                title,
                description,
                rowHeading,
                DIALOGUE_COLUMNS,
                rows,
                chart == null ? Table.Chart.bars(2) : chart);
    }

    private static List<Value> dialogueValues(long[] n) {
        return List.of(
                Value.count(n[0]),
                Value.count(n[1]),
                n[0] == 0 ? Value.none() : Value.decimal((double) n[1] / n[0], 2),
                Value.count(n[2]),
                Value.percent(n[3], n[2]),
                hours(n[4], n[3]),
                Value.percent(n[5], n[3]),
                Value.count(n[6]));
    }

    private Table inboundCategories(ForceId force, Period period) {
        Map<String, FactRepository.InboundCategory> found =
                facts.inboundByCategory(force, period.from(), period.to()).stream()
                        .collect(Collectors.toMap(FactRepository.InboundCategory::category, Function.identity()));
        List<Table.Row> rows = new ArrayList<>();
        for (InboundCategory category : InboundCategory.values()) {
            var c = found.get(category.name());
            rows.add(new Table.Row(
                    category.label(),
                    List.of(Value.count(c == null ? 0 : c.received()), Value.count(c == null ? 0 : c.escalated()))));
        }
        return new Table(
                "inbound-categories",
                "Dialogue",
                "Inbound items by triage category",
                "Items received for the force's accounts, and items handed off (to the control room, as a crime"
                        + " report or as intelligence).",
                "Category",
                List.of("Received", "Escalated"),
                rows,
                Table.Chart.horizontalBars(0, 1));
    }

    private static final List<Outcome> OUTCOMES = List.of(Outcome.ALLOW, Outcome.ADVISE, Outcome.REVIEW, Outcome.BLOCK);

    private Table checkOutcomes(List<FactRepository.Checks> checks, Period period) {
        Map<LocalDate, long[]> counts = buckets(period, OUTCOMES.size());
        for (var c : checks) {
            if (!c.category().isEmpty()) {
                continue;
            }
            long[] row = counts.get(c.bucket());
            if (row != null) {
                row[OUTCOMES.indexOf(Outcome.valueOf(c.outcome()))] += c.checks();
            }
        }
        return new Table(
                "check-outcomes",
                "Safety",
                "Safeguard check outcomes over time",
                "Recorded checks of posts submitted, by outcome, each "
                        + (period.byMonth() ? "month" : "week (from Monday)")
                        + ". A post going to accounts of different kinds or channels is checked once for each.",
                period.byMonth() ? "Month" : "Week beginning",
                OUTCOMES.stream().map(Outcome::label).toList(),
                rows(period, counts),
                Table.Chart.stacked(0, 1, 2, 3));
    }

    private Table findings(List<FactRepository.Checks> found) {
        Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
        long checks = 0;
        for (var c : found) {
            if (c.category().isEmpty()) {
                checks += c.checks();
                continue;
            }
            long[] n = byCategory.computeIfAbsent(Category.valueOf(c.category()), k -> new long[2]);
            n[0] += c.checks();
            if (c.outcome().equals(Outcome.REVIEW.name()) || c.outcome().equals(Outcome.BLOCK.name())) {
                n[1] += c.checks();
            }
        }
        long all = checks;
        List<Table.Row> rows = byCategory.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Category, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Table.Row(
                        e.getKey().label(),
                        List.of(
                                Value.count(e.getValue()[0]),
                                Value.count(e.getValue()[1]),
                                Value.percent(e.getValue()[0], all))))
                .toList();
        return new Table(
                "findings",
                "Safety",
                "Most frequent findings",
                "What the checks found most often, most frequent first: where training should start.",
                "Finding",
                List.of("Checks that found it", "Of which held or blocked", "Share of all checks (%)"),
                rows,
                Table.Chart.horizontalBars(0));
    }

    private Table reviews(ForceId force, Period period) {
        Map<String, FactRepository.Reviews> found = facts.reviews(force, period.from(), period.to()).stream()
                .collect(Collectors.toMap(FactRepository.Reviews::decision, Function.identity()));
        List<Table.Row> rows = new ArrayList<>();
        for (ReviewDecision.Decision d : ReviewDecision.Decision.values()) {
            if (d == ReviewDecision.Decision.WITHDRAWN) {
                continue;
            }
            var r = found.get(d.name());
            long n = r == null ? 0 : r.decisions();
            long seconds = r == null ? 0 : r.officeSeconds();
            long overdue = r == null ? 0 : r.overdue();
            rows.add(new Table.Row(
                    d.label(),
                    List.of(
                            Value.count(n),
                            n == 0 ? Value.none() : Value.decimal(seconds / 60.0 / n, 0),
                            Value.count(overdue),
                            Value.percent(overdue, n))));
        }
        return new Table(
                "reviews",
                "Safety",
                "Review decisions and review times",
                "Held posts decided by the digital desk, the average wait in office time and how many missed the"
                        + " force's review time target.",
                "Decision",
                List.of("Decisions", "Average wait (office minutes)", "Over the target", "Over the target (%)"),
                rows,
                Table.Chart.bars(0, 2));
    }

    private Table publishing(ForceId force, Filter filter, List<PublicationsAt> publications) {
        Period period = filter.period();
        Map<LocalDate, long[]> counts = buckets(period, 3);
        for (var p : publications) {
            long[] row = counts.get(p.bucket());
            if (row != null) {
                row[0] += p.broadcasts() + p.replies();
                row[1] += p.failures();
            }
        }
        for (var pause :
                facts.pauses(force, start(period.from()), start(period.to().plusDays(1)))) {
            LocalDate day = LocalDate.ofInstant(pause.startedAt(), LondonTime.ZONE);
            long[] row = counts.get(bucketOf(period, day));
            if (row != null) {
                row[2]++;
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        for (var e : counts.entrySet()) {
            long[] n = e.getValue();
            rows.add(new Table.Row(
                    bucketLabel(period, e.getKey()),
                    List.of(
                            Value.count(n[0]),
                            Value.count(n[1]),
                            Value.percent(n[1], n[0] + n[1]),
                            Value.count(n[2]))));
        }
        return new Table(
                "publishing",
                "Safety",
                "Publishing failures and critical-incident pauses",
                "PublicationsAt that went out, publications that failed for good, and pauses started, each "
                        + (period.byMonth() ? "month." : "week."),
                period.byMonth() ? "Month" : "Week beginning",
                List.of("Published", "Failed", "Failed (%)", "Pauses started"),
                rows,
                Table.Chart.bars(1, 3));
    }

    private Table pauses(ForceId force, Period period) {
        Instant now = clock.instant();
        List<Table.Row> rows = facts
                .pauses(force, start(period.from()), start(period.to().plusDays(1)))
                .stream()
                .map(p -> new Table.Row(
                        LondonDates.text(p.startedAt()),
                        List.of(
                                Value.text(p.endedAt() == null ? "Still paused" : LondonDates.text(p.endedAt())),
                                Value.decimal(
                                        Duration.between(p.startedAt(), p.endedAt() == null ? now : p.endedAt())
                                                        .toMinutes()
                                                / 60.0,
                                        1),
                                Value.text(
                                        p.wholeForce()
                                                ? "Whole force"
                                                : p.accounts() + (p.accounts() == 1 ? " account" : " accounts")))))
                .toList();
        return new Table(
                "pauses",
                "Safety",
                "Critical-incident pauses",
                "Each pause of publishing in the period, latest first.",
                "Started",
                List.of("Ended", "Length (hours)", "Reach"),
                rows,
                null);
    }

    private Table people(Filter filter) {
        LocalDate today = today();
        List<TrainingCoverage.Standing> standings = training.standings(today).stream()
                .filter(s -> filter.unit() == null || filter.unit().equals(s.unit()))
                .toList();
        Map<String, long[]> byUnit = new TreeMap<>();
        for (var s : standings) {
            long[] n = byUnit.computeIfAbsent(blankAs(s.unit()), k -> new long[4]);
            n[0]++;
            n[1] += s.trained() ? 1 : 0;
            n[2] += s.accredited() ? 1 : 0;
            n[3] += s.accredited() && !today.plusDays(30).isBefore(s.accreditedUntil()) ? 1 : 0;
        }
        // Units can be small: hide counts that could single a person out, as the inspectorate's view does.
        Suppression s = new Suppression();
        long[] total = new long[4];
        List<String> units = new ArrayList<>(byUnit.keySet());
        for (int u = 0; u < units.size(); u++) {
            long[] n = byUnit.get(units.get(u));
            for (int i = 0; i < 4; i++) {
                s.count(u + ":" + i, n[i]);
                total[i] += n[i];
            }
            s.count(u + ":untrained", n[0] - n[1]);
            s.sum(u + ":0", List.of(u + ":1", u + ":untrained"));
            s.count(u + ":unaccredited", n[0] - n[2]);
            s.sum(u + ":0", List.of(u + ":2", u + ":unaccredited"));
        }
        for (int i = 0; i < 4; i++) {
            s.count("all:" + i, total[i]);
            final int column = i;
            s.sum(
                    "all:" + i,
                    java.util.stream.IntStream.range(0, units.size())
                            .mapToObj(u -> u + ":" + column)
                            .toList());
        }
        s.apply();
        List<Table.Row> rows = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            rows.add(new Table.Row(units.get(u), peopleValues(s, u + ":", byUnit.get(units.get(u)))));
        }
        rows.add(new Table.Row("All staff", peopleValues(s, "all:", total)));
        return new Table(
                "people",
                "People",
                "Trained and accredited staff",
                "Active staff today by unit: who holds a current course, who is accredited to post to at least one"
                        + " kind of account, and whose accreditation lapses in the next 30 days. Small numbers are"
                        + " suppressed so that no one can be identified.",
                "Unit",
                List.of("Active staff", "Trained", "Trained (%)", "Accredited", "Accredited (%)", "Lapsing in 30 days"),
                rows,
                Table.Chart.horizontalBars(2, 4));
    }

    private static List<Value> peopleValues(Suppression s, String prefix, long[] n) {
        return List.of(
                figure(s, prefix + 0),
                figure(s, prefix + 1),
                s.hidden(prefix + 0) || s.hidden(prefix + 1) ? Value.suppressed() : Value.percent(n[1], n[0]),
                figure(s, prefix + 2),
                s.hidden(prefix + 0) || s.hidden(prefix + 2) ? Value.suppressed() : Value.percent(n[2], n[0]),
                figure(s, prefix + 3));
    }

    static Value figure(Suppression s, String name) {
        return s.hidden(name) ? Value.suppressed() : Value.count(s.value(name));
    }

    private Table conductFigures(ForceId force, Period period) {
        ConductAggregates figures = conduct.aggregatesFor(
                force, new StatisticsPeriod(period.from().getYear(), period.to().getYear()));
        return new Table(
                "conduct",
                "People",
                "Conduct cases about social media use",
                "From professional standards' statistics for "
                        + figures.period().label()
                        + " (whole calendar years), with small numbers suppressed. Counts only.",
                "Cases",
                List.of("Cases"),
                List.of(
                        new Table.Row("Reported", List.of(conductValue(figures.total()))),
                        new Table.Row("Still open", List.of(conductValue(figures.open()))),
                        new Table.Row("Concluded", List.of(conductValue(figures.concluded())))),
                null);
    }

    private static Value conductValue(org.postwatch.conduct.Figure figure) {
        return figure.isSuppressed() ? Value.suppressed() : Value.count(figure.value());
    }

    private static Table engagement() {
        return new Table(
                "engagement",
                "Engagement",
                "Reach and engagement",
                "Reach, likes and shares come from the platforms. None of the connected platforms provides them"
                        + " to Postwatch yet, so none are shown rather than estimates.",
                "Measure",
                List.of("Figure"),
                List.of(
                        new Table.Row("Reach", List.of(Value.text(NOT_AVAILABLE))),
                        new Table.Row("Likes", List.of(Value.text(NOT_AVAILABLE))),
                        new Table.Row("Shares", List.of(Value.text(NOT_AVAILABLE)))),
                null);
    }

    // Buckets of time.

    static Instant start(LocalDate day) {
        return day.atStartOfDay(LondonTime.ZONE).toInstant();
    }

    static LocalDate bucketOf(Period period, LocalDate day) {
        return period.byMonth()
                ? day.withDayOfMonth(1)
                : day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** Every week or month the period touches, in order, each with zeroed counts. */
    static Map<LocalDate, long[]> buckets(Period period, int columns) {
        Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
        for (LocalDate b = bucketOf(period, period.from());
                !b.isAfter(period.to());
                b = period.byMonth() ? b.plusMonths(1) : b.plusWeeks(1)) {
            buckets.put(b, new long[columns]);
        }
        return buckets;
    }

    static String bucketLabel(Period period, LocalDate bucket) {
        return period.byMonth() ? LondonDates.month(bucket) : LondonDates.text(bucket);
    }

    private static List<Table.Row> rows(Period period, Map<LocalDate, long[]> counts) {
        return counts.entrySet().stream()
                .map(e -> new Table.Row(
                        bucketLabel(period, e.getKey()),
                        java.util.Arrays.stream(e.getValue())
                                .mapToObj(Value::count)
                                .toList()))
                .toList();
    }

    private static String accountLabel(Map<UUID, AccountSummary> register, UUID account) {
        AccountSummary a = register.get(account);
        return a == null ? "Removed account" : a.label();
    }

    private static String blankAs(String unit) {
        return unit == null || unit.isBlank() ? "No unit" : unit;
    }

    // The inspectorate's view: one force's raw counts, suppressed later.

    /** One force's counts for the inspectorate, before suppression. */
    record ForceMeasures(
            String forceName,
            long broadcasts,
            long tagged,
            long replies,
            long received,
            long answered,
            long responseSeconds,
            long breached,
            long[] outcomes,
            long reviews,
            long overdue,
            long published,
            long failures,
            long pauses,
            long staff,
            long trained,
            long accredited,
            long lapsing) {}

    private ForceMeasures forceMeasures(Force force, Period period) {
        ForceId id = force.id();
        Map<StrategyObjective, Integer> chosen = strategies.chosen(id);
        Set<String> inStrategy = (chosen.isEmpty() ? Set.of(StrategyObjective.values()) : chosen.keySet())
                .stream().map(Enum::name).collect(Collectors.toSet());
        long broadcasts = 0, tagged = 0, replies = 0, failures = 0;
        for (PublicationsAt p : facts.publications(id, period.from(), period.to(), true)) {
            broadcasts += p.broadcasts();
            replies += p.replies();
            failures += p.failures();
            tagged += inStrategy.contains(p.objective()) ? p.broadcasts() : 0;
        }
        long received = 0, answered = 0, seconds = 0, breached = 0;
        for (Inbound i : facts.inbound(id, period.from(), period.to(), true)) {
            received += i.received();
            answered += i.answered();
            seconds += i.responseSeconds();
            breached += i.breached();
        }
        long[] outcomes = new long[OUTCOMES.size()];
        for (var c : facts.checks(id, period.from(), period.to(), true)) {
            if (c.category().isEmpty()) {
                outcomes[OUTCOMES.indexOf(Outcome.valueOf(c.outcome()))] += c.checks();
            }
        }
        long reviews = 0, overdue = 0;
        for (var r : facts.reviews(id, period.from(), period.to())) {
            if (!r.decision().equals(ReviewDecision.Decision.WITHDRAWN.name())) {
                reviews += r.decisions();
                overdue += r.overdue();
            }
        }
        long pauses = facts.pauses(id, start(period.from()), start(period.to().plusDays(1)))
                .size();
        LocalDate today = today();
        long staff = 0, trained = 0, accredited = 0, lapsing = 0;
        for (var s : training.standings(today)) {
            staff++;
            trained += s.trained() ? 1 : 0;
            accredited += s.accredited() ? 1 : 0;
            lapsing += s.accredited() && !today.plusDays(30).isBefore(s.accreditedUntil()) ? 1 : 0;
        }
        return new ForceMeasures(
                force.name(),
                broadcasts,
                tagged,
                replies,
                received,
                answered,
                seconds,
                breached,
                outcomes,
                reviews,
                overdue,
                broadcasts + replies,
                failures,
                pauses,
                staff,
                trained,
                accredited,
                lapsing);
    }
}
