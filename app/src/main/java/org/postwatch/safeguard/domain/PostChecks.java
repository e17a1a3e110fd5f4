package org.postwatch.safeguard.domain;

import java.util.List;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.safeguard.CheckRequest;
import org.postwatch.safeguard.SafeguardReport;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the checks for a force: its active policy's engine, its profile and its open court cases. Reads only, and
 * never logs the text: the check pages and the self-check rely on that.
 */
@Service
public class PostChecks {

    /** The policy a force's checks use now. {@code versionId} is null only before version 1 is stored. */
    public record ActivePolicy(UUID versionId, int number, SafeguardEngine engine) {}

    /** A check's report, and the stored version that decided it. */
    public record Checked(SafeguardReport report, ActivePolicy policy) {}

    private final PolicyVersionRepository versions;
    private final PolicyEngines engines;
    private final CourtCaseRepository cases;
    private final ForceProfiles profiles;

    PostChecks(
            PolicyVersionRepository versions,
            PolicyEngines engines,
            CourtCaseRepository cases,
            ForceProfiles profiles) {
        this.versions = versions;
        this.engines = engines;
        this.cases = cases;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public Checked check(ForceId force, CheckRequest request) {
        ActivePolicy policy = activePolicy(force);
        return new Checked(check(force, policy.engine(), policy.number(), request), policy);
    }

    /** Checks with a given engine, for example a draft's, in the force's context. */
    @Transactional(readOnly = true)
    public SafeguardReport check(ForceId force, SafeguardEngine engine, int policyNumber, CheckRequest request) {
        return EngineTerms.fromEngine(engine.check(request.text(), context(force, request)), policyNumber);
    }

    public ActivePolicy activePolicy(ForceId force) {
        return versions.activeRef(force)
                .map(ref -> new ActivePolicy(
                        ref.id(),
                        ref.number(),
                        engines.engineFor(
                                ref.id(),
                                ref.sha256(),
                                () -> versions.yaml(force, ref.id()).orElseThrow())))
                .orElseGet(() -> new ActivePolicy(null, 1, engines.shippedDefault()));
    }

    public CheckContext context(ForceId force, CheckRequest request) {
        return new CheckContext(
                EngineTerms.toEngine(request.channel()),
                EngineTerms.toEngine(request.accountKind()),
                EngineTerms.toEngine(request.attachments()),
                cases.open(force).stream().map(CourtCase::toActiveCase).toList(),
                profiles.profile(force));
    }

    /**
     * The context for evaluating labelled examples: a corporate post with the force's profile, but without court
     * cases, which change from day to day and would make two runs incomparable.
     */
    public CheckContext evaluationContext(ForceId force) {
        return new CheckContext(
                org.postwatch.safeguard.engine.Channel.SANDBOX,
                org.postwatch.safeguard.engine.AccountKind.CORPORATE,
                List.of(),
                List.of(),
                profiles.profile(force));
    }
}
