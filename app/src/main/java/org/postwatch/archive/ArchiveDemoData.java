package org.postwatch.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of history for the demo forces' archives: published posts from the dog unit, the neighbourhood team and
 * the corporate account with their versions, checks, reviews and receipts, messages from the public and a few
 * moderation actions; some old enough to be due for retention review.
 */
@Component
class ArchiveDemoData {

    private static final Logger log = LoggerFactory.getLogger(ArchiveDemoData.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    record Place(String account, String dogs, String neighbourhood, List<String> towns, List<String> roads) {}

    static final Map<String, Place> PLACES = Map.of(
            "GLO",
            new Place(
                    "@GlosPolice",
                    "@GlosPoliceDogs",
                    "@StroudPolice",
                    List.of("Gloucester", "Cheltenham", "Stroud", "Tewkesbury", "Cirencester", "Coleford"),
                    List.of("the A38", "the A417", "Bath Road", "London Road", "the B4008")),
            "STA",
            new Place(
                    "@StaffsPolice",
                    "@StaffsPoliceDogs",
                    "@StaffordPolice",
                    List.of("Stafford", "Stoke-on-Trent", "Burton upon Trent", "Lichfield", "Tamworth", "Leek"),
                    List.of("the A34", "the A38", "Lichfield Road", "Newcastle Road", "the A518")));

    static final List<String> DOGS = List.of("Bruno", "Kaiser", "Nell", "Ziggy", "Ranger", "Finn");
    static final List<String> NAMES =
            List.of("Daniel Hughes", "Chloe Morris", "Ryan Price", "Amelia Turner", "Jack Collins", "Grace Howell");

    /** A kind of post the account publishes: its text, safeguard outcome and finding categories. */
    record Template(String text, String outcome, Set<String> categories) {}

    static final List<Template> DOG_POSTS = List.of(
            new Template(
                    "Great work by PD {dog} last night in {town}: a suspect who ran from officers was tracked across"
                            + " three gardens and found hiding in a shed. One man arrested for burglary. #PoliceDogs",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "PD {dog} and the team were at a community fun day in {town} today. Thank you to everyone who"
                            + " came to say hello and ask about life as a police dog!",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Training day: PD {dog} passed the general purpose licence this week, tracking, searching and"
                            + " building work all signed off. Welcome to the team!",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "PD {dog} found a missing vulnerable man in woodland near {town} in the early hours. He is now"
                            + " safe and well with his family.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "After eight years of service PD {dog} is retiring. Thank you for every search, every track and"
                            + " every arrest, {dog}. Enjoy the sofa.",
                    "ALLOW",
                    Set.of()));

    static final List<Template> NEIGHBOURHOOD_POSTS = List.of(
            new Template(
                    "Drop-in surgery at {town} library this Saturday, 10am to 12pm. Come and talk to your"
                            + " neighbourhood team about anything that worries you.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "We've had reports of catalytic converter thefts in {town} overnight. Please report anything"
                            + " suspicious on 101 or online, and consider parking in a garage or well-lit area.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Speed checks on {road} in {town} this morning: 14 drivers stopped and 3 reported for excess"
                            + " speed. Slow down, it saves lives.",
                    "ADVISE",
                    Set.of("OPERATIONAL_SECURITY")),
            new Template(
                    "Thank you to everyone in {town} who joined our litter pick in the park today. Community spirit"
                            + " at its best.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Scam warning: residents in {town} have had calls from people pretending to be from their bank."
                            + " Your bank will never ask you to move money to a safe account.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Officers will be on patrol around schools in {town} over the coming weeks after reports of"
                            + " anti-social behaviour at the end of the school day.",
                    "ALLOW",
                    Set.of()));

    static final List<Template> CORPORATE_POSTS = List.of(
            new Template(
                    "APPEAL: Have you seen {name}? The 15-year-old was last seen in {town} on {day}. Anyone with"
                            + " information is asked to call 101 quoting incident {incident}.",
                    "REVIEW",
                    Set.of("PERSONAL_DATA")),
            new Template(
                    "UPDATE: {name}, who was reported missing from {town}, has been found safe and well. Thank you for"
                            + " sharing our appeal.",
                    "ADVISE",
                    Set.of("PERSONAL_DATA")),
            new Template(
                    "Road closure: {road} near {town} is closed in both directions following a collision. Please"
                            + " avoid the area and find another route.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "A 34-year-old man has been charged with assault following an incident in {town} town centre on"
                            + " {day}. He will appear before magistrates tomorrow.",
                    "REVIEW",
                    Set.of("CONTEMPT")),
            new Template(
                    "We're recruiting: applications to become a police constable are open until the end of the"
                            + " month. Find out more on our careers page.",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Out in {town} this weekend? Look after your friends and plan how you'll get home. Our officers"
                            + " and street pastors will be in the town centre. #SaferNights",
                    "ALLOW",
                    Set.of()),
            new Template(
                    "Officers seized suspected class A drugs and cash after a warrant at an address in {town} this"
                            + " morning. Two people have been arrested.",
                    "REVIEW",
                    Set.of("OPERATIONAL_SECURITY")));

    static final List<String[]> MESSAGES = List.of(
            new String[] {"@cotswold_jo", "Is {road} still closed? Trying to get to work", "", ""},
            new String[] {"@dogmad_dave", "Well done to the dog unit, brilliant work as always!", "", ""},
            new String[] {
                "@{town}_resident",
                "There's a van parked up on our street every night with no lights on." + " Who do I tell?",
                "",
                ""
            },
            new String[] {
                "@matchday_mike",
                "Where were the police when the fight started outside the ground on" + " Saturday?",
                "",
                ""
            },
            new String[] {"@anon8812", "You lot are useless, absolute clowns the lot of you", "OFFENSIVE", "HIDDEN"},
            new String[] {"@helpful_hannah", "Shared! Hope she is found soon x", "", ""},
            new String[] {
                "@spam_deals_4u", "Cheap followers and likes, visit my profile now!!!", "COMMERCIAL", "DELETED"
            },
            new String[] {
                "@worried_mum",
                "My son's bike was stolen from outside the leisure centre, do I report" + " this online?",
                "",
                ""
            });

    private final Forces forces;
    private final StaffDirectory staff;
    private final ArchiveRecords archive;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ArchiveDemoData(
            Forces forces,
            StaffDirectory staff,
            ArchiveRecords archive,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.staff = staff;
        this.archive = archive;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded seeded) {
        for (ForceId id : seeded.forces()) {
            Force force = forces.get(id);
            Place place = PLACES.get(force.code());
            if (place == null) {
                continue;
            }
            int kept = Tenancy.asForce(id, () -> transactions.execute(status -> seed(force, place)));
            log.info("Demo archive: kept {} records for {}", kept, force.name());
        }
    }

    private int seed(Force force, Place place) {
        Random random = new Random(force.code().hashCode());
        List<StaffMember> people = staff.all();
        StaffMember handler = find(people, "Dog Unit").orElseThrow();
        StaffMember neighbourhood = people.stream()
                .filter(p -> p.unit().startsWith("Neighbourhood"))
                .findFirst()
                .orElseThrow();
        StaffMember reviewer = people.stream()
                .filter(p -> p.roles().equals(Set.of(Role.REVIEWER)))
                .findFirst()
                .orElseThrow();
        StaffMember comms = people.stream()
                .filter(p -> p.roles().contains(Role.ACCOUNT_MANAGER))
                .findFirst()
                .orElseThrow();
        Instant now = clock.instant();
        int kept = 0;
        for (int i = 0; i < 60; i++) {
            int kind = i % 3;
            List<Template> templates = kind == 0 ? DOG_POSTS : kind == 1 ? NEIGHBOURHOOD_POSTS : CORPORATE_POSTS;
            Template template = templates.get(random.nextInt(templates.size()));
            StaffMember author = kind == 0 ? handler : kind == 1 ? neighbourhood : comms;
            String account = kind == 0 ? place.dogs() : kind == 1 ? place.neighbourhood() : place.account();
            // The first post of each kind is the dog unit's shed arrest, so every demo has it to search for.
            if (i == 0) {
                template = DOG_POSTS.getFirst();
            }
            Instant at = daytime(now.minus(Duration.ofDays(2 + random.nextInt(363))), random);
            kept += post(force, place, random, template, author, reviewer, account, at);
        }
        for (int i = 0; i < 24; i++) {
            String[] message = MESSAGES.get(i % MESSAGES.size());
            Instant at = daytime(now.minus(Duration.ofDays(20 + random.nextInt(520))), random);
            String town = pick(place.towns(), random);
            String handle =
                    message[0].replace("{town}", town.toLowerCase(Locale.UK).replaceAll("[^a-z]", ""));
            String text = fill(message[1], place, random, town);
            String messageId = "demo-msg-" + force.code() + "-" + i;
            Set<String> categories = message[2].isEmpty() ? Set.of() : Set.of(message[2]);
            archive.keep(ArchiveEntry.inboundMessage(
                    messageId,
                    pick(List.of(place.account(), place.dogs(), place.neighbourhood()), random),
                    handle,
                    at,
                    text,
                    random.nextBoolean() ? "X" : "Facebook",
                    categories,
                    Map.of("externalId", Long.toString(1_800_000_000_000_000_000L + random.nextInt(1_000_000)))));
            kept++;
            if (!message[3].isEmpty()) {
                archive.keep(ArchiveEntry.moderationAction(
                        uuid(random),
                        messageId,
                        place.account(),
                        reviewer.id(),
                        reviewer.fullName(),
                        at.plus(Duration.ofMinutes(25)),
                        message[3],
                        message[2].equals("OFFENSIVE")
                                ? "Abusive language towards officers (community guidelines)"
                                : "Spam",
                        text,
                        Map.of()));
                kept++;
            }
        }
        // Checks from more than two years ago: past their retention period, so the review page has work to show.
        for (int i = 0; i < 6; i++) {
            Template template = NEIGHBOURHOOD_POSTS.get(i % NEIGHBOURHOOD_POSTS.size());
            Instant at = daytime(now.minus(Duration.ofDays(760 + random.nextInt(120))), random);
            archive.keep(ArchiveEntry.checkDecision(
                    uuid(random),
                    uuid(random),
                    place.neighbourhood(),
                    neighbourhood.id(),
                    neighbourhood.fullName(),
                    at,
                    fill(template.text(), place, random, pick(place.towns(), random)),
                    template.outcome(),
                    template.categories(),
                    Map.of("policyVersion", "2024.1", "mode", "self-check")));
            kept++;
        }
        return kept;
    }

    private int post(
            Force force,
            Place place,
            Random random,
            Template template,
            StaffMember author,
            StaffMember reviewer,
            String account,
            Instant at) {
        UUID postId = uuid(random);
        String text = fill(template.text(), place, random, pick(place.towns(), random));
        Map<String, String> policy = Map.of("policyVersion", "2026.3");
        archive.keep(ArchiveEntry.postVersion(
                postId, 1, account, author.id(), author.fullName(), at, text, "SUBMITTED", Map.of()));
        archive.keep(ArchiveEntry.checkDecision(
                uuid(random),
                postId,
                account,
                author.id(),
                author.fullName(),
                at.plusSeconds(2),
                text,
                template.outcome(),
                template.categories(),
                policy));
        int kept = 2;
        String published = text;
        Instant publishedAt = at.plus(Duration.ofMinutes(1));
        if (template.outcome().equals("REVIEW")) {
            Instant decidedAt = at.plus(Duration.ofMinutes(12 + random.nextInt(40)));
            boolean edit = template.categories().contains("CONTEMPT");
            if (edit) {
                published = text.replace("A 34-year-old man has been charged", "A man has been charged");
                archive.keep(ArchiveEntry.postVersion(
                        postId,
                        2,
                        account,
                        reviewer.id(),
                        reviewer.fullName(),
                        decidedAt.minusSeconds(30),
                        published,
                        "EDITED_IN_REVIEW",
                        Map.of()));
                kept++;
            }
            archive.keep(ArchiveEntry.reviewDecision(
                    uuid(random),
                    postId,
                    account,
                    reviewer.id(),
                    reviewer.fullName(),
                    decidedAt,
                    edit ? "EDITED" : "APPROVED",
                    edit ? "Removed the age: the case is now active (contempt)" : "Checked with the duty inspector",
                    published,
                    policy));
            kept++;
            publishedAt = decidedAt.plus(Duration.ofMinutes(1));
        }
        String channel = random.nextInt(3) == 0 ? "Facebook" : "X";
        String externalId = Long.toString(1_850_000_000_000_000_000L + random.nextInt(100_000_000));
        archive.keep(ArchiveEntry.publicationReceipt(
                uuid(random),
                postId,
                account,
                author.id(),
                author.fullName(),
                publishedAt,
                published,
                channel,
                externalId,
                (channel.equals("X") ? "https://x.com/" + account.substring(1) + "/status/" : "https://facebook.com/")
                        + externalId,
                template.categories(),
                Map.of()));
        return kept + 1;
    }

    private String fill(String text, Place place, Random random, String town) {
        ZonedDateTime day = ZonedDateTime.now(clock.withZone(LondonTime.ZONE)).minusDays(1 + random.nextInt(5));
        return text.replace("{dog}", pick(DOGS, random))
                .replace("{town}", town)
                .replace("{road}", pick(place.roads(), random))
                .replace("{name}", pick(NAMES, random))
                .replace("{day}", DAY.format(day))
                .replace("{incident}", Integer.toString(100 + random.nextInt(400)) + " of " + day.toLocalDate());
    }

    private static Instant daytime(Instant day, Random random) {
        return day.atZone(LondonTime.ZONE)
                .withHour(7 + random.nextInt(14))
                .withMinute(random.nextInt(60))
                .withSecond(random.nextInt(60))
                .toInstant();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static Optional<StaffMember> find(List<StaffMember> people, String unit) {
        return people.stream().filter(p -> unit.equals(p.unit())).findFirst();
    }
}
