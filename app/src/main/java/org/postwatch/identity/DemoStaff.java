package org.postwatch.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditAction;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.domain.Credentials;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds two demo forces with a person in every role, on the first start in demo mode. Passwords are random, printed
 * once and written with an API token per person to {@code data/demo-credentials.txt}.
 */
@Component
class DemoStaff {

    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    record Person(
            String username,
            String givenName,
            String familyName,
            StaffType type,
            String rank,
            String collar,
            String unit,
            Set<Role> roles) {}

    record DemoForce(String code, String prefix, List<Person> people) {}

    static final List<DemoForce> FORCES = List.of(
            new DemoForce(
                    "GLO",
                    "glo",
                    List.of(
                            new Person(
                                    "handler",
                                    "Sam",
                                    "Archer",
                                    StaffType.POLICE_OFFICER,
                                    "Police Constable",
                                    "2291",
                                    "Dog Unit",
                                    EnumSet.of(Role.CONTRIBUTOR)),
                            new Person(
                                    "neighbourhood",
                                    "Priya",
                                    "Shah",
                                    StaffType.PCSO,
                                    "PCSO",
                                    "7714",
                                    "Neighbourhood Team – Stroud",
                                    EnumSet.of(Role.CONTRIBUTOR)),
                            new Person(
                                    "reviewer",
                                    "Jo",
                                    "Bennett",
                                    StaffType.POLICE_STAFF,
                                    "Digital Media Officer",
                                    null,
                                    "Corporate Communications",
                                    EnumSet.of(Role.REVIEWER)),
                            new Person(
                                    "accounts",
                                    "Chris",
                                    "Morgan",
                                    StaffType.POLICE_STAFF,
                                    "Digital Engagement Lead",
                                    null,
                                    "Corporate Communications",
                                    EnumSet.of(Role.ACCOUNT_MANAGER, Role.REVIEWER)),
                            new Person(
                                    "training",
                                    "Lee",
                                    "Hughes",
                                    StaffType.POLICE_STAFF,
                                    "Learning Coordinator",
                                    null,
                                    "Learning and Development",
                                    EnumSet.of(Role.TRAINING_ADMIN)),
                            new Person(
                                    "psd",
                                    "Rachel",
                                    "Owen",
                                    StaffType.POLICE_OFFICER,
                                    "Detective Sergeant",
                                    "1180",
                                    "Professional Standards Department",
                                    EnumSet.of(Role.PROFESSIONAL_STANDARDS)),
                            new Person(
                                    "admin",
                                    "Alex",
                                    "Carter",
                                    StaffType.POLICE_STAFF,
                                    "Systems Administrator",
                                    null,
                                    "Digital Services",
                                    EnumSet.of(Role.FORCE_ADMIN)),
                            new Person(
                                    "inspector",
                                    "Morgan",
                                    "Reid",
                                    StaffType.POLICE_STAFF,
                                    "Inspection Lead",
                                    null,
                                    "Force Inspection Liaison",
                                    EnumSet.of(Role.INSPECTOR)))),
            new DemoForce(
                    "STA",
                    "sta",
                    List.of(
                            new Person(
                                    "handler",
                                    "Dan",
                                    "Whitfield",
                                    StaffType.POLICE_OFFICER,
                                    "Police Constable",
                                    "4417",
                                    "Dog Unit",
                                    EnumSet.of(Role.CONTRIBUTOR)),
                            new Person(
                                    "neighbourhood",
                                    "Aisha",
                                    "Begum",
                                    StaffType.POLICE_OFFICER,
                                    "Police Constable",
                                    "5520",
                                    "Neighbourhood Team – Stafford",
                                    EnumSet.of(Role.CONTRIBUTOR)),
                            new Person(
                                    "reviewer",
                                    "Tom",
                                    "Ellis",
                                    StaffType.POLICE_STAFF,
                                    "Digital Media Officer",
                                    null,
                                    "Corporate Communications",
                                    EnumSet.of(Role.REVIEWER)),
                            new Person(
                                    "accounts",
                                    "Hannah",
                                    "Price",
                                    StaffType.POLICE_STAFF,
                                    "Digital Engagement Lead",
                                    null,
                                    "Corporate Communications",
                                    EnumSet.of(Role.ACCOUNT_MANAGER, Role.REVIEWER)),
                            new Person(
                                    "training",
                                    "Gareth",
                                    "Lloyd",
                                    StaffType.POLICE_STAFF,
                                    "Learning Coordinator",
                                    null,
                                    "Learning and Development",
                                    EnumSet.of(Role.TRAINING_ADMIN)),
                            new Person(
                                    "psd",
                                    "Nadia",
                                    "Khan",
                                    StaffType.POLICE_OFFICER,
                                    "Detective Inspector",
                                    "0932",
                                    "Professional Standards Department",
                                    EnumSet.of(Role.PROFESSIONAL_STANDARDS)),
                            new Person(
                                    "admin",
                                    "Oliver",
                                    "Grant",
                                    StaffType.POLICE_STAFF,
                                    "Systems Administrator",
                                    null,
                                    "Digital Services",
                                    EnumSet.of(Role.FORCE_ADMIN)),
                            new Person(
                                    "inspector",
                                    "Fiona",
                                    "Marsh",
                                    StaffType.POLICE_STAFF,
                                    "Inspection Lead",
                                    null,
                                    "Force Inspection Liaison",
                                    EnumSet.of(Role.INSPECTOR)))));

    private final Forces forces;
    private final StaffRepository staff;
    private final Credentials credentials;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final boolean enabled;
    private final Path credentialsFile;

    DemoStaff(
            Forces forces,
            StaffRepository staff,
            Credentials credentials,
            ApiTokens tokens,
            PasswordEncoder passwords,
            AuditTrail audit,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            @Value("${postwatch.demo.enabled:false}") boolean enabled,
            @Value("${postwatch.data-dir:./data}") Path dataDir) {
        this.forces = forces;
        this.staff = staff;
        this.credentials = credentials;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.enabled = enabled;
        this.credentialsFile = dataDir.resolve("demo-credentials.txt");
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seedOnFirstStart() {
        if (!enabled) {
            return;
        }
        List<ForceId> seeded = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (DemoForce demo : FORCES) {
            Force force = forces.findByCode(demo.code()).orElseThrow();
            boolean empty = Tenancy.asSystem(() -> staff.countInForce(force.id()) == 0);
            if (!empty) {
                continue;
            }
            Tenancy.asForce(
                    force.id(),
                    () -> transactions.executeWithoutResult(status -> {
                        for (Person person : demo.people()) {
                            lines.add(seed(force, demo.prefix(), person));
                        }
                    }));
            seeded.add(force.id());
        }
        if (seeded.isEmpty()) {
            log.info("Demo data already present; sign-in details are in {}", credentialsFile.toAbsolutePath());
            return;
        }
        writeCredentials(lines);
        events.publishEvent(new DemoStaffSeeded(List.copyOf(seeded)));
    }

    private String seed(Force force, String prefix, Person person) {
        String email =
                (person.givenName() + "." + person.familyName()).toLowerCase(Locale.ROOT) + "@" + force.emailDomain();
        Staff member = Staff.join(
                force.id(),
                new StaffDetails(
                        person.givenName(),
                        person.familyName(),
                        person.type(),
                        person.rank(),
                        person.collar(),
                        person.unit(),
                        email),
                person.roles());
        staff.save(member);
        String username = prefix + "." + person.username();
        String password = randomPassword();
        credentials.create(member.id(), force.id(), username, passwords.encode(password));
        audit.recordFor(
                force.id(),
                Actor.system(),
                AuditAction.of("staff.created"),
                "staff",
                member.id(),
                "Demo data",
                Map.of("name", person.givenName() + " " + person.familyName()));
        String token = tokens.issueFor(force.id(), member.id(), "Demo token", Duration.ofDays(90))
                .secret();
        String roles = person.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        return String.join("\t", force.code(), roles, username, password, token);
    }

    private void writeCredentials(List<String> lines) {
        try {
            Files.createDirectories(credentialsFile.getParent());
            List<String> content = new ArrayList<>();
            content.add("# Postwatch demo sign-in details. Columns (tab-separated): force, roles, username, password,"
                    + " api_token");
            content.add("# Example: the Gloucestershire reviewer's token:"
                    + " awk -F'\\t' '$1==\"GLO\" && $2~/REVIEWER/ {print $5; exit}' data/demo-credentials.txt");
            content.addAll(lines);
            Files.write(credentialsFile, content);
            try {
                Files.setPosixFilePermissions(credentialsFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the file keeps its default permissions.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + credentialsFile, e);
        }
        StringBuilder banner = new StringBuilder("\n\n  Postwatch demo users (shown once; also in ")
                .append(credentialsFile.toAbsolutePath())
                .append("):\n");
        for (String line : lines) {
            String[] parts = line.split("\t");
            banner.append(String.format("    %-4s %-24s %-26s password: %s%n", parts[0], parts[2], parts[1], parts[3]));
        }
        log.warn(banner.toString());
    }

    private static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
