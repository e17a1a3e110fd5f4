package org.postwatch.inbox.connector;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemAnswered;
import org.postwatch.inbox.InboundItemEscalated;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboundItemReceived;
import org.postwatch.inbox.InboundSlaBreached;
import org.postwatch.inbox.SlaSettings;
import org.postwatch.inbox.domain.InboxActions;
import org.postwatch.inbox.domain.SettingsRepository;
import org.postwatch.inbox.domain.SlaClock;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo inbox for the demo forces: community standards and a dog-unit keyword route; a year of history (a few
 * thousand items, batch-inserted, with every inbox event, so dashboards have history); and today's messages sent to
 * the Sandbox accounts and taken in through the real poll, so they are triaged and archived like any other: thanks,
 * questions, abuse, a crime report, intelligence, a request for help and a message suggesting risk to life.
 */
@Component
class InboxDemoData {

    private static final Logger log = LoggerFactory.getLogger(InboxDemoData.class);

    private static final int HISTORY_PER_FORCE = 1500;

    private record Live(boolean town, String author, String text, int minutesAgo) {}

    private static final Map<String, List<Live>> LIVE = Map.of(
            "GLO",
            List.of(
                    new Live(
                            false,
                            "@sam_walker",
                            "Brilliant work by PD Bramble finding that gentleman. Give her a treat from all of us!",
                            190),
                    new Live(
                            false,
                            "@jen_h",
                            "When is the next police dog open day? My son would love to meet the puppies",
                            150),
                    new Live(
                            false,
                            "@anon_4471",
                            "You pigs are useless, scum the lot of you. Wouldn't trust you to find your own backsides",
                            95),
                    new Live(
                            false,
                            "@worried_in_stroud",
                            "I can't go on anymore. Nobody would even notice if I ended it all tonight",
                            7),
                    new Live(
                            true,
                            "@k_patel",
                            "My car was broken into last night on Bath Road and they took my laptop. How do I report it?",
                            120),
                    new Live(
                            true,
                            "@local_eyes",
                            "There is drug dealing from the flat above the bookies on the High Street, people coming and going all night",
                            80),
                    new Live(
                            true,
                            "@mrs_d",
                            "Please help, my dad has dementia and has gone missing from his home in Stonehouse. He is 82 and only has slippers on",
                            25),
                    new Live(true, "@tom_b", "Is the road by the station still closed after the crash?", 60),
                    new Live(
                            true,
                            "@rachel_m",
                            "Thank you for coming to the school today, the children loved meeting you",
                            240),
                    new Live(
                            true,
                            "@dave_r",
                            "This traffic on the A419 is killing me, any idea what has happened?",
                            40)),
            "STA",
            List.of(
                    new Live(false, "@becky_s", "PD Rocco is a legend. Thanks for all you do", 200),
                    new Live(false, "@puppy_fan", "Can members of the public sponsor one of the police puppies?", 130),
                    new Live(false, "@troll_99", "ACAB. You lot are scum", 70),
                    new Live(
                            false,
                            "@quiet_one",
                            "I just want to die. I have taken all my tablets and I'm saying goodbye to everyone",
                            5),
                    new Live(
                            true,
                            "@j_owen",
                            "Someone stole my bike from outside the library in Stafford this afternoon. Do I report it here?",
                            110),
                    new Live(
                            true,
                            "@neighbour",
                            "Smell of cannabis every night from number 14 on Meadow Road and cars pulling up for two minutes",
                            90),
                    new Live(true, "@lucy_t", "What time does the police station front desk open on Saturday?", 45),
                    new Live(
                            true,
                            "@kim",
                            "I could murder a brew after that charity run with your officers, great fun!",
                            35)));

    private static final Map<InboundCategory, List<String>> HISTORY_TEXT = Map.of(
            InboundCategory.RISK_TO_LIFE,
            List.of(
                    "I don't want to be here anymore",
                    "My neighbour says he's going to kill her, I can hear screaming",
                    "My son is 15 and has gone missing, he is autistic and has not come home"),
            InboundCategory.CRIME_REPORT,
            List.of(
                    "My shed was broken into last night and tools taken",
                    "Someone keyed my car in the supermarket car park",
                    "I've been scammed by a fake courier call, how do I report it?"),
            InboundCategory.INTELLIGENCE,
            List.of(
                    "Drug dealing outside the chip shop every evening",
                    "Suspicious van going round the estate looking in gardens",
                    "I know who broke into the community centre"),
            InboundCategory.ABUSE,
            List.of("Useless coppers, never there when you need them", "ACAB", "Scum, the lot of you"),
            InboundCategory.QUESTION,
            List.of(
                    "Is the road open again?",
                    "How do I get a crime reference number?",
                    "When is the next beat surgery?",
                    "Where can I hand in a lost wallet?"),
            InboundCategory.COMMENT,
            List.of(
                    "Great work, thank you",
                    "Well done to all the officers involved",
                    "Lovely to see the dogs at the fete",
                    "Thanks for the update"));

    private final List<ForceId> pending = new CopyOnWriteArrayList<>();
    private final Forces forces;
    private final Accounts accounts;
    private final SandboxInbox sandbox;
    private final InboxPolling polling;
    private final SettingsRepository settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboxDemoData(
            Forces forces,
            Accounts accounts,
            SandboxInbox sandbox,
            InboxPolling polling,
            SettingsRepository settings,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JdbcTemplate batch,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.accounts = accounts;
        this.sandbox = sandbox;
        this.polling = polling;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.batch = batch;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void remember(DemoStaffSeeded event) {
        pending.addAll(event.forces());
    }

    /** After every module's demo data: the accounts must exist. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(110)
    void seed() {
        for (ForceId id : pending) {
            Force force = forces.get(id);
            if (!LIVE.containsKey(force.code())) {
                continue;
            }
            long started = System.nanoTime();
            List<AccountSummary> all = Tenancy.asForce(id, () -> transactions.execute(s -> accounts.all()));
            Tenancy.asForce(
                    id,
                    () -> transactions.executeWithoutResult(s -> {
                        standardsAndRoutes(id);
                        history(id, force, all);
                    }));
            Instant now = clock.instant();
            List<AccountSummary> sandboxAccounts = all.stream()
                    .filter(a -> a.channel().name().equals("SANDBOX") && a.status() == AccountStatus.ACTIVE)
                    .toList();
            if (sandboxAccounts.size() >= 2) {
                AccountSummary dogs = sandboxAccounts.stream()
                        .filter(a -> a.handle().toLowerCase().contains("dogs"))
                        .findFirst()
                        .orElse(sandboxAccounts.getFirst());
                AccountSummary town = sandboxAccounts.stream()
                        .filter(a -> a != dogs)
                        .findFirst()
                        .orElseThrow();
                Tenancy.asForce(
                        id,
                        () -> transactions.executeWithoutResult(s -> {
                            for (Live live : LIVE.get(force.code())) {
                                sandbox.send(
                                        live.town() ? town.handle() : dogs.handle(),
                                        "REPLY",
                                        live.author(),
                                        live.text(),
                                        null,
                                        now.minus(Duration.ofMinutes(live.minutesAgo())));
                            }
                        }));
                polling.poll(id, dogs);
                polling.poll(id, town);
            }
            log.info(
                    "Demo inbox for {}: history and today's messages in {} ms",
                    force.name(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        pending.clear();
    }

    private void standardsAndRoutes(ForceId force) {
        Instant now = clock.instant();
        String[][] standards = {
            {
                "Abuse and hate",
                "No abusive, threatening, discriminatory or hateful language, towards officers or anyone."
            },
            {"Personal information", "No names, addresses, phone numbers or images that identify a private person."},
            {"Live court cases", "Nothing that could prejudice a trial, such as naming or judging a person charged."},
            {"Spam and advertising", "No repeated, commercial or off-topic posts."},
            {"Reporting crime", "Do not report crime in comments: call 101, or 999 in an emergency."}
        };
        for (String[] s : standards) {
            settings.addStandard(force, UUID.randomUUID(), s[0], s[1], now);
        }
        settings.addRoute(force, UUID.randomUUID(), "dog", "Dog Unit", "Postwatch (demo)", now);
        settings.addRoute(force, UUID.randomUUID(), "puppies", "Dog Unit", "Postwatch (demo)", now);
        settings.addRoute(force, UUID.randomUUID(), "school", "Schools Liaison", "Postwatch (demo)", now);
    }

    /** A year of answered (and some unanswered) items, in batches, each with the events insights counts. */
    private void history(ForceId force, Force named, List<AccountSummary> all) {
        List<AccountSummary> active =
                all.stream().filter(a -> a.status() == AccountStatus.ACTIVE).toList();
        if (active.isEmpty()) {
            return;
        }
        Random random = new Random(named.code().hashCode());
        SlaSettings sla = settings.sla(force);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> replies = new ArrayList<>();
        List<Object> published = new ArrayList<>();
        for (int i = 0; i < HISTORY_PER_FORCE; i++) {
            AccountSummary account = active.get(random.nextInt(active.size()));
            Channel channel = Channel.valueOf(account.channel().name());
            InboundCategory category = category(random);
            List<String> texts = HISTORY_TEXT.get(category);
            String text = texts.get(random.nextInt(texts.size()));
            Instant received = now.minus(Duration.ofDays(2 + random.nextInt(363)))
                    .minus(Duration.ofMinutes(random.nextInt(16 * 60)));
            Instant due = SlaClock.dueAt(sla, category, received);
            InboundItemId id = InboundItemId.random();
            String platformId = "demo-" + named.code() + "-" + i;
            InboundItemAnswered.Response response = response(category, random);
            Instant answered = response == null ? null : received.plus(delay(category, random));
            boolean breached = answered == null ? due.isBefore(now) : answered.isAfter(due);
            String state = response == null
                    ? "OPEN"
                    : switch (response) {
                        case REPLIED -> "ANSWERED";
                        case HANDED_OFF -> "HANDED_OFF";
                        case NO_REPLY_NEEDED -> "NO_REPLY_NEEDED";
                        case MODERATED -> "MODERATED";
                    };
            // Old unanswered items would crowd today's queue: the desk closed them as needing no reply, late.
            if (response == null) {
                state = "NO_REPLY_NEEDED";
            }
            boolean handedOff = response == InboundItemAnswered.Response.HANDED_OFF;
            items.add(new Object[] {
                id.value(),
                force.value(),
                account.id().value(),
                account.handle(),
                channel.name(),
                platformId,
                platformId,
                "REPLY",
                "@member" + random.nextInt(5000),
                text,
                Timestamp.from(received),
                Timestamp.from(received),
                category.name(),
                state,
                Timestamp.from(due),
                breached,
                answered == null ? null : Timestamp.from(answered),
                response == null ? null : response.name(),
                handedOff ? handoffTo(category) : null,
                handedOff ? "CAD-" + (1000 + random.nextInt(9000)) : null,
                handedOff ? Timestamp.from(answered) : null,
                response == InboundItemAnswered.Response.MODERATED ? "HIDDEN" : null,
                response == null ? "Closed in the end-of-year tidy-up" : null
            });
            if (response == InboundItemAnswered.Response.REPLIED) {
                replies.add(new Object[] {
                    UUID.randomUUID(),
                    force.value(),
                    id.value(),
                    "Thanks for getting in touch. "
                            + (category == InboundCategory.QUESTION
                                    ? "We've sent you the details by message."
                                    : "We've passed this on."),
                    UUID.randomUUID(),
                    "Digital desk",
                    Timestamp.from(answered),
                    Timestamp.from(answered)
                });
            }
            published.add(new InboundItemReceived(id, force, account.id().value(), channel, category, received));
            if (breached) {
                published.add(new InboundSlaBreached(id, force, account.id().value(), category, due));
            }
            if (handedOff) {
                published.add(new InboundItemEscalated(
                        id, force, account.id().value(), category, handoffTo(category), "CAD", answered));
            }
            if (answered != null) {
                published.add(new InboundItemAnswered(
                        id,
                        force,
                        account.id().value(),
                        category,
                        response,
                        received,
                        answered,
                        Duration.between(received, answered),
                        breached));
            }
        }
        batch.batchUpdate("""
                insert into inbox.item (id, force_id, account_id, account_handle, channel, platform_item_id, thread_id,
                    kind, author_handle, text, received_at, fetched_at, category, state, sla_due_at, sla_breached,
                    first_response_at, first_response, handoff_to, handoff_reference, handed_off_at, moderation,
                    no_reply_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, items);
        batch.batchUpdate("""
                insert into inbox.reply (id, force_id, item_id, text, author_id, author_name, state, created_at,
                    published_at, check_outcome) values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 'ALLOW')
                """, replies);
        List<Object[]> broadcasts = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, LondonTime.ZONE);
        for (AccountSummary account : active) {
            for (int d = 1; d <= 365; d++) {
                if (random.nextInt(3) > 0) {
                    broadcasts.add(new Object[] {
                        force.value(), account.id().value(), Date.valueOf(today.minusDays(d)), 1 + random.nextInt(3)
                    });
                }
            }
        }
        batch.batchUpdate(
                "insert into inbox.broadcast_day (force_id, account_id, day, posts) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                broadcasts);
        published.forEach(events::publishEvent);
        audit.recordFor(
                force,
                Actor.system(),
                InboxActions.RECEIVED,
                "inbox-demo",
                force,
                "Demo history seeded",
                Map.of("items", Integer.toString(items.size())));
    }

    private static final List<String[]> TRAFFIC = List.of(
            new String[] {"@happy_resident", "Thanks for the quick response this morning, really appreciated"},
            new String[] {"@new_in_town", "How do I find out who my local PCSO is?"},
            new String[] {"@dog_lover", "Are the police dogs going to be at the county show this year?"},
            new String[] {"@angry_driver", "Pathetic. Useless police, f*ck the lot of you"},
            new String[] {"@nightowl", "Dodgy van parked up on Mill Lane with lights off for hours"},
            new String[] {"@student22", "Someone smashed my car window outside the college, what should I do?"},
            new String[] {"@gran_mary", "Lovely to see officers at the coffee morning, thank you"});

    /** One more message from the Sandbox public to one of the demo forces' Sandbox accounts (demo mode only). */
    void sendSome() {
        Random random = new Random();
        for (Force force : forces.all()) {
            if (!LIVE.containsKey(force.code())) {
                continue;
            }
            Tenancy.asForce(
                    force.id(),
                    () -> transactions.executeWithoutResult(s -> {
                        List<AccountSummary> targets = accounts.all().stream()
                                .filter(a -> a.channel().name().equals("SANDBOX") && a.status() == AccountStatus.ACTIVE)
                                .toList();
                        if (targets.isEmpty()) {
                            return;
                        }
                        String[] message = TRAFFIC.get(random.nextInt(TRAFFIC.size()));
                        sandbox.send(
                                targets.get(random.nextInt(targets.size())).handle(),
                                "REPLY",
                                message[0],
                                message[1],
                                null,
                                clock.instant());
                    }));
        }
    }

    private static InboundCategory category(Random random) {
        int roll = random.nextInt(100);
        if (roll < 2) {
            return InboundCategory.RISK_TO_LIFE;
        }
        if (roll < 9) {
            return InboundCategory.CRIME_REPORT;
        }
        if (roll < 15) {
            return InboundCategory.INTELLIGENCE;
        }
        if (roll < 25) {
            return InboundCategory.ABUSE;
        }
        return roll < 55 ? InboundCategory.QUESTION : InboundCategory.COMMENT;
    }

    private static InboundItemAnswered.Response response(InboundCategory category, Random random) {
        int roll = random.nextInt(100);
        return switch (category) {
            case RISK_TO_LIFE -> InboundItemAnswered.Response.HANDED_OFF;
            case CRIME_REPORT, INTELLIGENCE ->
                roll < 80 ? InboundItemAnswered.Response.HANDED_OFF : InboundItemAnswered.Response.REPLIED;
            case ABUSE ->
                roll < 60 ? InboundItemAnswered.Response.MODERATED : InboundItemAnswered.Response.NO_REPLY_NEEDED;
            case QUESTION ->
                roll < 88
                        ? InboundItemAnswered.Response.REPLIED
                        : roll < 95 ? InboundItemAnswered.Response.NO_REPLY_NEEDED : null;
            case COMMENT ->
                roll < 35
                        ? InboundItemAnswered.Response.REPLIED
                        : roll < 85 ? InboundItemAnswered.Response.NO_REPLY_NEEDED : null;
        };
    }

    private static Duration delay(InboundCategory category, Random random) {
        return switch (category) {
            case RISK_TO_LIFE -> Duration.ofMinutes(2 + random.nextInt(18));
            case CRIME_REPORT, INTELLIGENCE -> Duration.ofMinutes(10 + random.nextInt(150));
            default -> Duration.ofMinutes(15 + random.nextInt(9 * 60));
        };
    }

    private static String handoffTo(InboundCategory category) {
        return org.postwatch.inbox.Inbox.defaultHandoff(category);
    }
}
