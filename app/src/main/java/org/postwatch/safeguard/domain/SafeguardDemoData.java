package org.postwatch.safeguard.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Force;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the two demo forces: version 1 of the policy, the force's own details, a few court cases (invented
 * people) and a small labelled example suite; Gloucestershire also gets a draft version 2 to evaluate and activate.
 */
@Component
class SafeguardDemoData {

    private static final String SYSTEM = "Postwatch (system)";

    // What a force's communications team would list: its switchboard and front counters, its specialist lines, the
    // commissioner's office and the partner helplines its posts give. The force's own numbers are in Ofcom's range for
    // drama (01632 960xxx), so the demo gives out nobody's real line; the partner helplines are the real, published
    // ones (most 08 and 03 numbers are never flagged anyway, but a force lists them so the list is the whole record).
    static final List<String> GLO_NUMBERS = List.of(
            "01632960123", // switchboard
            "01632960124", // Gloucester front counter
            "01632960125", // Cheltenham front counter
            "01632960200", // rural and wildlife crime line
            "01632960310", // Police and Crime Commissioner's office
            "08081689111", // Victim Support
            "0800555111", // Crimestoppers
            "116123"); // Samaritans
    static final List<String> GLO_DOMAINS = List.of("cotswoldwatch.org.uk", "ourwatch.org.uk", "nfuonline.com");
    static final List<String> STA_NUMBERS = List.of(
            "01632960456", // switchboard
            "01632960457", // Stafford front counter
            "01632960460", // Stoke-on-Trent front counter
            "01632960480", // Commissioner's office
            "08081689111", // Victim Support
            "0800555111"); // Crimestoppers
    static final List<String> STA_DOMAINS = List.of("ourwatch.org.uk", "nfuonline.com");

    private final ForceProfiles profiles;
    private final ShippedPolicyAdoption adoption;
    private final PolicyVersionRepository versions;
    private final PolicyEngines engines;
    private final ForceSettingsRepository settings;
    private final CourtCaseRepository cases;
    private final ExampleSuiteRepository suites;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SafeguardDemoData(
            ForceProfiles profiles,
            ShippedPolicyAdoption adoption,
            PolicyVersionRepository versions,
            PolicyEngines engines,
            ForceSettingsRepository settings,
            CourtCaseRepository cases,
            ExampleSuiteRepository suites,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.profiles = profiles;
        this.adoption = adoption;
        this.versions = versions;
        this.engines = engines;
        this.settings = settings;
        this.cases = cases;
        this.suites = suites;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded seeded) {
        for (ForceId id : seeded.forces()) {
            Force force = profiles.force(id);
            Tenancy.asForce(id, () -> transactions.executeWithoutResult(status -> seed(force)));
        }
    }

    private void seed(Force force) {
        ForceId id = force.id();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.ZONE));
        adoption.adoptIfMissing(id);
        switch (force.code()) {
            case "GLO" -> {
                settings.save(id, GLO_NUMBERS, GLO_DOMAINS, SYSTEM, now);
                openCase(
                        id,
                        new CaseDetails(
                                "52GL0417825",
                                List.of("Darren Mitchell"),
                                "Burglary of a dwelling",
                                "Gloucester Crown Court",
                                today.plusDays(21),
                                List.of(),
                                List.of()));
                openCase(
                        id,
                        new CaseDetails(
                                "52GL0522125",
                                List.of("Kieran Walsh", "Liam Foster"),
                                "Robbery",
                                "Cheltenham Magistrates' Court",
                                today.plusDays(9),
                                List.of(),
                                List.of()));
                openCase(
                        id,
                        new CaseDetails(
                                "52GL0611925",
                                List.of("Craig Doyle"),
                                "Rape",
                                "Gloucester Crown Court",
                                today.plusDays(40),
                                List.of(
                                        "The complainant has lifelong anonymity (Sexual Offences (Amendment) Act 1992)"),
                                List.of("Emily Harper")));
                draftVersionTwo(id, now);
            }
            case "STA" -> {
                settings.save(id, STA_NUMBERS, STA_DOMAINS, SYSTEM, now);
                openCase(
                        id,
                        new CaseDetails(
                                "21ST0388125",
                                List.of("Jason Pritchard"),
                                "Causing death by dangerous driving",
                                "Stafford Crown Court",
                                today.plusDays(14),
                                List.of(),
                                List.of()));
                openCase(
                        id,
                        new CaseDetails(
                                "21ST0402625",
                                List.of("Nathan Hollis"),
                                "Wounding with intent",
                                "North Staffordshire Justice Centre",
                                today.plusDays(6),
                                List.of("Section 45 order: nothing that identifies the 16-year-old witness"),
                                List.of("Ryan Cole")));
            }
            default -> {
                return;
            }
        }
        String file = force.code() + "-examples.jsonl";
        String content = resource("demo/safeguard/" + file);
        suites.save(
                id,
                new ExampleSuite(
                        file.toLowerCase(java.util.Locale.ROOT),
                        content,
                        (int) content.lines().filter(l -> !l.isBlank()).count(),
                        now,
                        SYSTEM));
        audit.recordFor(
                id, Actor.system(), SafeguardActions.SUITE_UPLOADED, "safeguard-suite", id, "Demo data", Map.of());
    }

    private void openCase(ForceId force, CaseDetails details) {
        CourtCase c = CourtCase.open(force, details, clock.instant());
        cases.save(c);
        audit.recordFor(
                force,
                Actor.system(),
                SafeguardActions.CASE_OPENED,
                "court-case",
                c.id(),
                "Demo data",
                Map.of("reference", details.reference()));
    }

    /** A realistic change to evaluate: stolen-vehicle appeals on the corporate account go straight out. */
    private void draftVersionTwo(ForceId force, Instant now) {
        String yaml = engines.shippedYaml()
                        .replaceFirst("(?m)^version:.*$", "version: 2025.2")
                        .stripTrailing()
                + """

                  # Our stolen-vehicle appeals on the corporate account name the registration on purpose.
                  - name: vehicle appeals on the corporate account
                    accountKind: CORPORATE
                    rules:
                      personal-data.vehicle-registration: ALLOW
                """;
        PolicyVersion draft = PolicyVersion.draft(force, 2, yaml, PolicyEngines.parse(yaml), 1, null, SYSTEM, now);
        versions.save(draft);
        audit.recordFor(
                force,
                Actor.system(),
                SafeguardActions.POLICY_DRAFTED,
                "safeguard-policy",
                2,
                "Demo data",
                Map.of("version", draft.label()));
    }

    private static String resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
