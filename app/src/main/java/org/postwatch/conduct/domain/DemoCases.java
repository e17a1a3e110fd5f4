package org.postwatch.conduct.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.DemoStaffEnrolment;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Five years of invented historic cases for each demo force, about invented people, so the statistics page has
 * something to show: mostly personal accounts used off duty, outcomes from reflective practice to dismissal, and
 * three open cases (one with posting rights suspended through the accounts module). The same each time: the random
 * numbers are seeded per force.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private static final String[] GIVEN = {
        "Amelia",
        "Oliver",
        "Isla",
        "Harry",
        "Ava",
        "Jack",
        "Mia",
        "Charlie",
        "Grace",
        "Thomas",
        "Ella",
        "George",
        "Lily",
        "Jacob",
        "Evie",
        "Alfie",
        "Sophie",
        "Joshua",
        "Ruby",
        "William",
        "Freya",
        "James",
        "Megan",
        "Daniel",
        "Holly",
        "Ryan",
        "Chloe",
        "Liam",
        "Bethany",
        "Nathan",
        "Zara",
        "Kieran",
        "Leah",
        "Owen",
        "Imran",
        "Niamh",
        "Callum",
        "Rhiannon",
        "Marcus",
        "Tegan",
        "Aaron",
        "Jade",
        "Connor",
        "Yasmin",
        "Luke",
        "Abigail",
        "Ethan",
        "Natalie",
        "Reece",
        "Hollie"
    };
    private static final String[] FAMILY = {
        "Turner",
        "Walsh",
        "Hughes",
        "Patel",
        "Clarke",
        "Edwards",
        "Wood",
        "Harrison",
        "Khan",
        "Robinson",
        "Lewis",
        "Baker",
        "Ward",
        "Price",
        "Cooper",
        "Bailey",
        "Parry",
        "Hill",
        "Kelly",
        "Fisher",
        "Mills",
        "Saunders",
        "Holmes",
        "Rahman",
        "Dixon",
        "Fletcher",
        "Barnes",
        "Pearce",
        "Chambers",
        "Lowe",
        "Hussain",
        "Gill",
        "Marsh",
        "Doyle",
        "Nash",
        "Ahmed",
        "Gibbs",
        "Knight",
        "Webb",
        "Rees",
        "Stone",
        "Hale",
        "Morton",
        "Ellis",
        "Booth",
        "Sutton",
        "Kerr",
        "Bishop",
        "Norris",
        "Power"
    };
    private static final String[] UNITS = {
        "Response – North",
        "Response – South",
        "Neighbourhood Policing",
        "Roads Policing",
        "CID",
        "Custody",
        "Contact Centre",
        "Public Protection",
        "Operational Support",
        "Intelligence"
    };

    private final Forces forces;
    private final StaffDirectory directory;
    private final DemoStaffEnrolment people;
    private final CaseRepository cases;
    private final CaseHistory history;
    private final MeasureRecords measures;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCases(
            Forces forces,
            StaffDirectory directory,
            DemoStaffEnrolment people,
            CaseRepository cases,
            CaseHistory history,
            MeasureRecords measures,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.directory = directory;
        this.people = people;
        this.cases = cases;
        this.history = history;
        this.measures = measures;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded seeded) {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        for (ForceId id : seeded.forces()) {
            Force force = forces.get(id);
            int count = "STA".equals(force.code()) ? 108 : 84;
            int seededCases =
                    Tenancy.asForce(id, () -> transactions.execute(status -> new Seeding(force, today).run(count)));
            log.info("Demo data: {} conduct cases for {}", seededCases, force.name());
        }
    }

    /** A person invented for the demo, enrolled once their leaving date (if any) is known. */
    private static final class Person {
        final StaffDetails details;
        LocalDate leftOn;
        StaffId id;

        Person(StaffDetails details) {
            this.details = details;
        }
    }

    private record Planned(
            Person subject,
            Origin origin,
            Platform platform,
            AccountKind accountKind,
            Duty duty,
            Set<AllegationCategory> categories,
            LocalDate reportedOn,
            LocalDate assessedOn,
            Severity severity,
            LocalDate concludedOn,
            Outcome outcome,
            boolean suspendPosting) {}

    private final class Seeding {

        private final Force force;
        private final LocalDate today;
        private final Random random;
        private final List<Person> serving = new ArrayList<>();
        private final List<Person> everyone = new ArrayList<>();
        private final Set<String> emails = new HashSet<>();
        private int nextCollar;

        Seeding(Force force, LocalDate today) {
            this.force = force;
            this.today = today;
            this.random = new Random(force.code().hashCode() * 31L + 7);
            this.nextCollar = "STA".equals(force.code()) ? 8100 : 6100;
        }

        int run(int historic) {
            List<Planned> planned = new ArrayList<>();
            LocalDate start = LocalDate.of(today.getYear() - 4, 1, 1);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < historic; i++) {
                dates.add(reportedDate(start));
            }
            dates.sort(Comparator.naturalOrder());
            for (LocalDate reported : dates) {
                planned.add(historicCase(reported));
            }
            planned.add(openCase(today.minusDays(40), Severity.GROSS_MISCONDUCT, true));
            planned.add(openCase(today.minusDays(19), Severity.MISCONDUCT, false));
            planned.add(openCase(today.minusDays(6), null, false));

            for (Person person : everyone) {
                person.id = people.enrol(force.id(), person.details, person.leftOn);
            }
            for (Planned p : planned) {
                save(p);
            }
            return planned.size();
        }

        private LocalDate reportedDate(LocalDate start) {
            // More cases each year, as forces look harder; none in the last few weeks, so they can be concluded.
            double[] weights = {0.16, 0.19, 0.21, 0.24, 0.20};
            int year = start.getYear() + pick(weights);
            LocalDate first = LocalDate.of(year, 1, 2);
            LocalDate last = year == today.getYear() ? today.minusDays(75) : LocalDate.of(year, 12, 20);
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
            return first.plusDays(random.nextLong(span));
        }

        private Planned historicCase(LocalDate reported) {
            Person subject = subject();
            AccountKind kind = weighted(AccountKind.values(), 0.10, 0.68, 0.22);
            Platform platform = switch (kind) {
                case CLOSED_GROUP -> random.nextDouble() < 0.75 ? Platform.WHATSAPP : Platform.OTHER_CLOSED_GROUP;
                case OFFICIAL -> weighted(Platform.values(), 0.35, 0.45, 0.10, 0.10, 0, 0, 0, 0, 0, 0);
                case PERSONAL -> weighted(Platform.values(), 0.20, 0.33, 0.15, 0.17, 0.07, 0.02, 0.02, 0, 0, 0.04);
            };
            double onDuty = switch (kind) {
                case OFFICIAL -> 0.85;
                case CLOSED_GROUP -> 0.3;
                case PERSONAL -> 0.1;
            };
            Duty duty = random.nextDouble() < onDuty ? Duty.ON_DUTY : Duty.OFF_DUTY;
            Origin origin = kind == AccountKind.CLOSED_GROUP
                    ? weighted(Origin.values(), 0.05, 0.75, 0.05, 0.15)
                    : weighted(Origin.values(), 0.40, 0.28, 0.17, 0.15);
            Set<AllegationCategory> categories = categories();
            Severity severity = severity(categories);
            Outcome outcome = outcome(severity);
            LocalDate assessed = reported.plusDays(3 + random.nextInt(25));
            int typical = switch (severity) {
                case NO_MISCONDUCT -> 30 + random.nextInt(100);
                case MISCONDUCT -> 60 + random.nextInt(260);
                case GROSS_MISCONDUCT -> 120 + random.nextInt(420);
            };
            LocalDate concluded = reported.plusDays(typical);
            if (concluded.isAfter(today.minusDays(5))) {
                concluded = today.minusDays(5);
            }
            if (concluded.isBefore(assessed)) {
                concluded = assessed;
            }
            if (outcome.endsService()) {
                subject.leftOn = concluded;
                serving.remove(subject);
            }
            return new Planned(
                    subject,
                    origin,
                    platform,
                    kind,
                    duty,
                    categories,
                    reported,
                    assessed,
                    severity,
                    concluded,
                    outcome,
                    false);
        }

        private Planned openCase(LocalDate reported, Severity severity, boolean suspendPosting) {
            Person subject = newPerson();
            return new Planned(
                    subject,
                    Origin.PUBLIC_COMPLAINT,
                    severity == Severity.GROSS_MISCONDUCT ? Platform.TIKTOK : Platform.FACEBOOK,
                    AccountKind.PERSONAL,
                    Duty.OFF_DUTY,
                    severity == Severity.GROSS_MISCONDUCT
                            ? EnumSet.of(AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE, AllegationCategory.DISREPUTE)
                            : EnumSet.of(AllegationCategory.DISREPUTE),
                    reported,
                    severity == null ? null : reported.plusDays(4),
                    severity,
                    null,
                    null,
                    suspendPosting);
        }

        private Person subject() {
            if (!serving.isEmpty() && random.nextDouble() < 0.12) {
                return serving.get(random.nextInt(serving.size()));
            }
            return newPerson();
        }

        private Person newPerson() {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String base = (given + "." + family).toLowerCase(Locale.ROOT);
            String email = base + "@" + force.emailDomain();
            for (int n = 2; !emails.add(email); n++) {
                email = base + n + "@" + force.emailDomain();
            }
            StaffType type = weighted(StaffType.values(), 0.62, 0.10, 0.08, 0.20);
            String rank = switch (type) {
                case POLICE_OFFICER ->
                    weightedOf(new String[] {"Police Constable", "Sergeant", "Inspector"}, 0.82, 0.14, 0.04);
                case PCSO -> "PCSO";
                case SPECIAL_CONSTABLE -> "Special Constable";
                case POLICE_STAFF ->
                    weightedOf(
                            new String[] {"Call Handler", "Detention Officer", "Investigation Officer", "Analyst"},
                            0.4,
                            0.25,
                            0.2,
                            0.15);
            };
            String collar = type == StaffType.POLICE_STAFF ? null : Integer.toString(nextCollar++);
            String unit = type == StaffType.POLICE_STAFF && rank.equals("Call Handler")
                    ? "Contact Centre"
                    : UNITS[random.nextInt(UNITS.length)];
            Person person = new Person(new StaffDetails(given, family, type, rank, collar, unit, email));
            everyone.add(person);
            serving.add(person);
            return person;
        }

        private Set<AllegationCategory> categories() {
            Set<AllegationCategory> chosen =
                    EnumSet.of(weighted(AllegationCategory.values(), 0.26, 0.10, 0.08, 0.12, 0.10, 0.08, 0.04, 0.22));
            if (random.nextDouble() < 0.35) {
                chosen.add(
                        random.nextBoolean()
                                ? AllegationCategory.DISREPUTE
                                : AllegationCategory.values()[random.nextInt(AllegationCategory.values().length)]);
            }
            return chosen;
        }

        private Severity severity(Set<AllegationCategory> categories) {
            if (categories.contains(AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE)
                    || categories.contains(AllegationCategory.INAPPROPRIATE_CONTACT)) {
                return weighted(Severity.values(), 0.12, 0.43, 0.45);
            }
            return weighted(Severity.values(), 0.35, 0.50, 0.15);
        }

        private Outcome outcome(Severity severity) {
            return switch (severity) {
                case NO_MISCONDUCT -> weighted(Outcome.values(), 0.35, 0.30, 0.35, 0, 0, 0, 0, 0, 0);
                case MISCONDUCT -> weighted(Outcome.values(), 0, 0.05, 0.25, 0.20, 0.30, 0.10, 0, 0.07, 0.03);
                case GROSS_MISCONDUCT -> weighted(Outcome.values(), 0.05, 0, 0, 0, 0.05, 0.25, 0.40, 0.20, 0.05);
            };
        }

        private void save(Planned p) {
            Subject subject = new Subject(
                    p.subject().id,
                    p.subject().details.type(),
                    p.subject().details.rank());
            Particulars particulars = new Particulars(
                    p.origin(),
                    p.platform(),
                    p.accountKind(),
                    p.duty(),
                    p.categories(),
                    standardsFor(p.categories()),
                    random.nextDouble() < 0.96,
                    note(p));
            String reference = cases.nextReference(force.id(), p.reportedOn().getYear());
            ConductCase c = ConductCase.open(force.id(), reference, subject, particulars, p.reportedOn(), today);
            if (p.severity() != null) {
                c.assess(p.severity(), p.assessedOn(), today);
            }
            if (p.outcome() != null) {
                c.conclude(p.outcome(), p.concludedOn(), today);
            }
            cases.insert(c);
            Actor system = Actor.system();
            history.add(force.id(), c.id(), system, "Case opened", "Demo data");
            if (p.severity() != null) {
                history.add(
                        force.id(),
                        c.id(),
                        system,
                        "Assessed as " + p.severity().label().toLowerCase(Locale.UK),
                        null);
            }
            if (p.outcome() != null) {
                history.add(
                        force.id(), c.id(), system, "Concluded: " + p.outcome().label(), null);
            }
            audit.recordFor(
                    force.id(),
                    system,
                    ConductActions.CASE_OPENED,
                    "conduct-case",
                    c.id(),
                    "Demo data",
                    Map.of("reference", reference));
            if (p.suspendPosting()) {
                asTheForceInvestigator(user -> measures.suspendPosting(
                        c,
                        "Posting rights suspended while an allegation about your social media use is investigated",
                        Actor.of(user)));
            }
        }

        private String note(Planned p) {
            AllegationCategory main = p.categories().iterator().next();
            String where = p.platform().label() + (p.accountKind() == AccountKind.CLOSED_GROUP ? " group" : "");
            String what = switch (main) {
                case DISCRIMINATORY_OR_OFFENSIVE -> "Shared a meme mocking a protected group on " + where + ".";
                case OPERATIONAL_DISCLOSURE -> "Posted details of a planned operation on " + where + " before it ran.";
                case DATA_PROTECTION -> "Shared a screenshot from a police system on " + where + ".";
                case INAPPROPRIATE_CONTACT -> "Sent private messages to a witness met on duty, via " + where + ".";
                case ABUSE_OF_PUBLIC -> "Replied abusively to a member of the public on " + where + ".";
                case INAPPROPRIATE_IMAGERY -> "Posted a photograph taken at a crime scene on " + where + ".";
                case POLITICAL_ACTIVITY -> "Posted party-political campaign material on " + where + ".";
                case DISREPUTE ->
                    "Posted comments about colleagues and the force that brought it into disrepute on " + where + ".";
            };
            return what + " " + (p.duty() == Duty.OFF_DUTY ? "Off duty." : "On duty.") + " Invented demo record.";
        }

        /**
         * Posting rights are suspended through the accounts module, which checks the caller's role: the demo force's
         * own professional standards investigator imposes the measure, as they would.
         */
        private void asTheForceInvestigator(java.util.function.Consumer<PostwatchUser> work) {
            directory.withRole(Role.PROFESSIONAL_STANDARDS).stream().findFirst().ifPresent(member -> {
                PostwatchUser user = new PostwatchUser(
                        member.id(),
                        force.id(),
                        force.code(),
                        force.name(),
                        member.fullName(),
                        member.email(),
                        member.roles());
                SecurityContext previous = SecurityContextHolder.getContext();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user,
                        null,
                        user.roles().stream()
                                .map(role -> new SimpleGrantedAuthority(role.authority()))
                                .toList()));
                SecurityContextHolder.setContext(context);
                try {
                    work.accept(user);
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        }

        private int pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double r = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private <E> E weighted(E[] values, double... weights) {
            return values[pick(weights)];
        }

        private String weightedOf(String[] values, double... weights) {
            return values[pick(weights)];
        }
    }

    /** The Standards of Professional Behaviour an allegation usually engages. */
    static Set<ProfessionalStandard> standardsFor(Set<AllegationCategory> categories) {
        Map<AllegationCategory, List<ProfessionalStandard>> map = new LinkedHashMap<>();
        map.put(
                AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE,
                List.of(ProfessionalStandard.EQUALITY_AND_DIVERSITY, ProfessionalStandard.DISCREDITABLE_CONDUCT));
        map.put(AllegationCategory.OPERATIONAL_DISCLOSURE, List.of(ProfessionalStandard.CONFIDENTIALITY));
        map.put(
                AllegationCategory.DATA_PROTECTION,
                List.of(ProfessionalStandard.CONFIDENTIALITY, ProfessionalStandard.DUTIES_AND_RESPONSIBILITIES));
        map.put(
                AllegationCategory.INAPPROPRIATE_CONTACT,
                List.of(ProfessionalStandard.HONESTY_AND_INTEGRITY, ProfessionalStandard.DISCREDITABLE_CONDUCT));
        map.put(AllegationCategory.ABUSE_OF_PUBLIC, List.of(ProfessionalStandard.AUTHORITY_RESPECT_AND_COURTESY));
        map.put(AllegationCategory.INAPPROPRIATE_IMAGERY, List.of(ProfessionalStandard.DISCREDITABLE_CONDUCT));
        map.put(
                AllegationCategory.POLITICAL_ACTIVITY,
                List.of(ProfessionalStandard.ORDERS_AND_INSTRUCTIONS, ProfessionalStandard.DISCREDITABLE_CONDUCT));
        map.put(AllegationCategory.DISREPUTE, List.of(ProfessionalStandard.DISCREDITABLE_CONDUCT));
        Set<ProfessionalStandard> standards = EnumSet.noneOf(ProfessionalStandard.class);
        categories.forEach(category -> standards.addAll(map.get(category)));
        return standards;
    }
}
