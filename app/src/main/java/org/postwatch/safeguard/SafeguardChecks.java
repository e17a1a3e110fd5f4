package org.postwatch.safeguard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.safeguard.domain.DecisionRepository;
import org.postwatch.safeguard.domain.PostChecks;
import org.postwatch.safeguard.domain.SafeguardActions;
import org.postwatch.safeguard.domain.ShippedPolicyAdoption;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks posts and replies against the current force's active safeguard policy, its profile and its open court
 * cases. {@link #check} only answers; {@link #checkAndRecord} is for real posts and records the decision.
 *
 * <p>Runs in the force bound by {@code Tenancy} (a web request's, or {@code Tenancy.asForce} for scheduled work), so
 * it carries no role check of its own: posting and replying modules decide who may post.
 */
@Service
public class SafeguardChecks {

    private final PostChecks checks;
    private final DecisionRepository decisions;
    private final ShippedPolicyAdoption adoption;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafeguardChecks(
            PostChecks checks,
            DecisionRepository decisions,
            ShippedPolicyAdoption adoption,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.checks = checks;
        this.decisions = decisions;
        this.adoption = adoption;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Checks a draft without recording anything: for previews as the author types. */
    public SafeguardReport check(CheckRequest request) {
        return checks.check(Tenancy.requireForce(), request).report();
    }

    /**
     * Checks a real post and records the decision (post reference, SHA-256 of the text, policy version, findings,
     * outcome, time) in the same transaction as the caller's change, then publishes {@link CheckDecisionRecorded}.
     *
     * @param postReference the posting module's reference for the post or reply, for example its id
     */
    @Transactional
    public SafeguardDecision checkAndRecord(CheckRequest request, String postReference) {
        if (postReference == null || postReference.isBlank()) {
            throw new BusinessRuleException("A decision needs the reference of the post it is about");
        }
        ForceId force = Tenancy.requireForce();
        adoption.adoptIfMissing(force);
        PostChecks.Checked checked = checks.check(force, request);
        SafeguardReport report = checked.report();
        Instant now = clock.instant();
        SafeguardDecision decision = new SafeguardDecision(
                DecisionId.random(),
                postReference.strip(),
                ContentFingerprint.of(request.text()),
                request.channel(),
                request.accountKind(),
                report,
                now);
        PostwatchUser user = CurrentUser.find().orElse(null);
        decisions.insert(
                force,
                decision,
                checked.policy().versionId(),
                request.attachments(),
                user == null ? null : user.staffId());
        audit.record(
                SafeguardActions.DECISION_RECORDED,
                "post",
                decision.postReference(),
                null,
                Map.of(
                        "decision", decision.id().toString(),
                        "outcome", report.outcome().name(),
                        "policyVersion", report.policyNumber() + " (" + report.policyVersion() + ")",
                        "fingerprint", decision.fingerprint().sha256()));
        events.publishEvent(new CheckDecisionRecorded(
                decision.id(),
                force,
                decision.postReference(),
                report.outcome(),
                report.categories(),
                report.policyNumber(),
                report.policyVersion(),
                now));
        return decision;
    }

    /** A recorded decision of the current force; empty for another force's. */
    public Optional<SafeguardDecision> decision(DecisionId id) {
        return decisions.find(Tenancy.requireForce(), id);
    }

    /** Every decision recorded for a post, oldest first (a post is checked again when it is edited). */
    public List<SafeguardDecision> decisionsFor(String postReference) {
        return decisions.forPost(Tenancy.requireForce(), postReference);
    }
}
