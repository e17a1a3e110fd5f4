package org.postwatch.safeguard.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.safeguard.SafeguardPolicyActivated;
import org.postwatch.safeguard.cli.Evaluation;
import org.postwatch.safeguard.cli.LabelledItem;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A force administrator's work on the force's safeguard policy: drafts, evaluation against the force's own labelled
 * examples, activation (with a reason, audited; old versions are kept) and the force's settings for the checks.
 */
@Service
@PreAuthorize("hasRole('FORCE_ADMIN')")
public class PolicyAdministration {

    /** Guards the database and the page from a runaway upload; far more than a hand-labelled suite needs. */
    public static final int MAX_SUITE_ITEMS = 5_000;

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^version:[ \\t]*(.*)$");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    /** The outcome of an upload: saved, or every bad line. */
    public record SuiteUpload(boolean saved, int items, List<String> errors) {}

    private final PolicyVersionRepository versions;
    private final ForceSettingsRepository settings;
    private final ExampleSuiteRepository suites;
    private final PolicyEngines engines;
    private final PostChecks checks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyAdministration(
            PolicyVersionRepository versions,
            ForceSettingsRepository settings,
            ExampleSuiteRepository suites,
            PolicyEngines engines,
            PostChecks checks,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.settings = settings;
        this.suites = suites;
        this.engines = engines;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. */
    public List<PolicyVersion> versions() {
        return versions.all(Tenancy.requireForce());
    }

    public Optional<PolicyVersion> active() {
        return versions.active(Tenancy.requireForce());
    }

    public PolicyVersion version(int number) {
        return versions.find(Tenancy.requireForce(), number)
                .orElseThrow(() -> new RecordNotFoundException("Policy version", number));
    }

    /** Checks policy text without saving it; throws {@link InvalidPolicyException} with line-numbered errors. */
    public Policy validate(String yaml) {
        return PolicyEngines.parse(yaml);
    }

    /**
     * The text to start a new draft from: a version's YAML with its {@code version:} moved on to a label no other
     * version of this force uses, so saving it does not trip over the old label.
     */
    public String draftTextFrom(int number) {
        PolicyVersion from = version(number);
        Set<String> taken = new HashSet<>();
        versions().forEach(v -> taken.add(v.label()));
        Matcher line = VERSION_LINE.matcher(from.yaml());
        if (!line.find()) {
            return from.yaml();
        }
        return from.yaml().substring(0, line.start(1))
                + nextLabel(from.label(), taken)
                + from.yaml().substring(line.end(1));
    }

    static String nextLabel(String label, Set<String> taken) {
        Matcher m = TRAILING_NUMBER.matcher(label);
        String prefix = m.matches() ? m.group(1) : label + ".";
        long n = m.matches() ? Long.parseLong(m.group(2)) : 0;
        String next;
        do {
            n++;
            next = prefix + n;
        } while (taken.contains(next));
        return next;
    }

    @Transactional
    public PolicyVersion saveDraft(String yaml, Integer basedOn) {
        ForceId force = Tenancy.requireForce();
        Policy parsed = PolicyEngines.parse(yaml);
        versions.lockForce(force);
        requireUnusedLabel(force, parsed.version(), null);
        PostwatchUser user = CurrentUser.get();
        PolicyVersion draft = PolicyVersion.draft(
                force,
                versions.nextNumber(force),
                yaml,
                parsed,
                basedOn,
                user.staffId(),
                Actor.of(user).name(),
                clock.instant());
        versions.save(draft);
        audit.record(
                SafeguardActions.POLICY_DRAFTED,
                "safeguard-policy",
                draft.number(),
                null,
                details("version", draft.label(), "basedOn", basedOn == null ? "" : String.valueOf(basedOn)));
        return draft;
    }

    @Transactional
    public PolicyVersion reviseDraft(int number, String yaml) {
        ForceId force = Tenancy.requireForce();
        Policy parsed = PolicyEngines.parse(yaml);
        versions.lockForce(force);
        PolicyVersion draft = version(number);
        requireUnusedLabel(force, parsed.version(), draft.id());
        String before = draft.sha256();
        draft.revise(yaml, parsed, clock.instant());
        versions.save(draft);
        audit.record(
                SafeguardActions.POLICY_REVISED,
                "safeguard-policy",
                number,
                null,
                details("version", draft.label(), "from", before, "to", draft.sha256()));
        return draft;
    }

    /** Switches the force's checks to this version; the version it replaces is kept, and can be activated again. */
    @Transactional
    public PolicyVersion activate(int number, String reason) {
        ForceId force = Tenancy.requireForce();
        versions.lockForce(force);
        PolicyVersion chosen = version(number);
        PolicyEngines.parse(chosen.yaml());
        Instant now = clock.instant();
        Optional<PolicyVersion> current = versions.active(force);
        PostwatchUser user = CurrentUser.get();
        chosen.activate(Actor.of(user).name(), reason, now);
        if (current.isPresent()) {
            current.get().retire(now);
            versions.save(current.get());
        }
        versions.save(chosen);
        audit.record(
                SafeguardActions.POLICY_ACTIVATED,
                "safeguard-policy",
                number,
                chosen.activationReason(),
                details(
                        "version",
                        chosen.label(),
                        "replaces",
                        current.map(v -> v.number() + " (" + v.label() + ")").orElse("")));
        events.publishEvent(
                new SafeguardPolicyActivated(force, number, chosen.label(), chosen.activationReason(), now));
        return chosen;
    }

    private void requireUnusedLabel(ForceId force, String label, java.util.UUID except) {
        versions.numberWithLabel(force, label, except).ifPresent(other -> {
            throw new BusinessRuleException("Version " + other + " already uses 'version: " + label + "'. Give this"
                    + " draft its own version, for example " + nextLabel(label, Set.of(label)) + ".");
        });
    }

    public ForceSettings settings() {
        return settings.find(Tenancy.requireForce());
    }

    /** Numbers and domains one per line (or separated by commas), as people paste them. */
    @Transactional
    public ForceSettings changeSettings(String numbers, String domains) {
        ForceId force = Tenancy.requireForce();
        List<String> parsedNumbers = ForceSettings.phoneNumbers(ForceSettings.lines(numbers));
        List<String> parsedDomains = ForceSettings.domains(ForceSettings.lines(domains));
        ForceSettings before = settings.find(force);
        settings.save(
                force, parsedNumbers, parsedDomains, Actor.of(CurrentUser.get()).name(), clock.instant());
        audit.record(
                SafeguardActions.SETTINGS_CHANGED,
                "safeguard-settings",
                force,
                null,
                details(
                        "publishedNumbers", String.join(", ", parsedNumbers),
                        "linkDomains", String.join(", ", parsedDomains),
                        "previousNumbers", String.join(", ", before.publishedNumbers()),
                        "previousDomains", String.join(", ", before.linkDomains())));
        return settings.find(force);
    }

    public Optional<ExampleSuite> suite() {
        return suites.find(Tenancy.requireForce());
    }

    /**
     * Replaces the force's labelled examples. The file is taken whole or not at all: every bad line is reported and
     * nothing is saved until they are all fixed, since a half-loaded suite would give misleading figures.
     */
    @Transactional
    public SuiteUpload uploadSuite(String fileName, String content) {
        String name = fileName == null || fileName.isBlank() ? "examples.jsonl" : fileName.strip();
        LabelledItem.Parsed parsed;
        try {
            parsed = LabelledItem.parse(name, new StringReader(content == null ? "" : content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>(parsed.errors());
        Set<String> ids = new HashSet<>();
        for (LabelledItem item : parsed.items()) {
            if (!item.isClean() && item.category() == null) {
                errors.add("item " + item.id() + ": unknown label '" + item.label() + "' (expected clean, or a"
                        + " category such as personal_data, not_offensive, sub_judice, operational, political)");
            }
            if (!ids.add(item.id())) {
                errors.add("item " + item.id() + ": the id is used more than once");
            }
        }
        if (parsed.items().isEmpty() && errors.isEmpty()) {
            errors.add(name + " has no examples in it");
        }
        if (parsed.items().size() > MAX_SUITE_ITEMS) {
            errors.add(name + " has " + parsed.items().size() + " examples; the most a suite can hold is "
                    + MAX_SUITE_ITEMS);
        }
        if (!errors.isEmpty()) {
            return new SuiteUpload(false, parsed.items().size(), errors);
        }
        ForceId force = Tenancy.requireForce();
        suites.save(
                force,
                new ExampleSuite(
                        name,
                        content,
                        parsed.items().size(),
                        clock.instant(),
                        Actor.of(CurrentUser.get()).name()));
        audit.record(
                SafeguardActions.SUITE_UPLOADED,
                "safeguard-suite",
                force,
                null,
                details("file", name, "items", String.valueOf(parsed.items().size())));
        return new SuiteUpload(true, parsed.items().size(), List.of());
    }

    /** Runs a version and the active version over the force's labelled examples. */
    public PolicyEvaluation evaluate(int number) {
        ForceId force = Tenancy.requireForce();
        ExampleSuite suite = suites.find(force)
                .orElseThrow(() ->
                        new BusinessRuleException("Upload your force's labelled examples before evaluating a policy"));
        PolicyVersion candidate = version(number);
        PolicyVersion active =
                versions.active(force).orElseThrow(() -> new RecordNotFoundException("Active policy", force));
        List<LabelledItem> items = suite.items();
        var context = checks.evaluationContext(force);
        SafeguardEngine candidateEngine = engines.engineFor(candidate.id(), candidate.sha256(), candidate::yaml);
        SafeguardEngine activeEngine = engines.engineFor(active.id(), active.sha256(), active::yaml);
        Evaluation.Result candidateResult = Evaluation.run(candidateEngine, items, context);
        Evaluation.Result activeResult =
                candidate.id().equals(active.id()) ? candidateResult : Evaluation.run(activeEngine, items, context);
        return PolicyEvaluation.of(
                candidate.number(), candidate.label(), candidateResult, active.number(), active.label(), activeResult);
    }

    private static Map<String, String> details(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
