package org.postwatch.safeguard.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.safeguard.ContentFingerprint;
import org.postwatch.safeguard.engine.Policy;

/**
 * One version of a force's safeguard policy. A draft can be revised; once activated its text never changes again, so
 * every decision that names it can be replayed. Activation needs a reason.
 */
public class PolicyVersion {

    private final UUID id;
    private final ForceId force;
    private final int number;
    private String label;
    private String name;
    private String yaml;
    private String sha256;
    private PolicyStatus status;
    private final Integer basedOn;
    private final Instant createdAt;
    private final StaffId createdBy;
    private final String createdByName;
    private Instant updatedAt;
    private Instant activatedAt;
    private String activatedByName;
    private String activationReason;
    private Instant retiredAt;

    PolicyVersion(
            UUID id,
            ForceId force,
            int number,
            String label,
            String name,
            String yaml,
            String sha256,
            PolicyStatus status,
            Integer basedOn,
            Instant createdAt,
            StaffId createdBy,
            String createdByName,
            Instant updatedAt,
            Instant activatedAt,
            String activatedByName,
            String activationReason,
            Instant retiredAt) {
        this.id = id;
        this.force = force;
        this.number = number;
        this.label = label;
        this.name = name;
        this.yaml = yaml;
        this.sha256 = sha256;
        this.status = status;
        this.basedOn = basedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.updatedAt = updatedAt;
        this.activatedAt = activatedAt;
        this.activatedByName = activatedByName;
        this.activationReason = activationReason;
        this.retiredAt = retiredAt;
    }

    /** A new draft from text that has already been parsed successfully. */
    static PolicyVersion draft(
            ForceId force,
            int number,
            String yaml,
            Policy parsed,
            Integer basedOn,
            StaffId by,
            String byName,
            Instant at) {
        return new PolicyVersion(
                UUID.randomUUID(),
                force,
                number,
                parsed.version(),
                parsed.name(),
                yaml,
                ContentFingerprint.of(yaml).sha256(),
                PolicyStatus.DRAFT,
                basedOn,
                at,
                by,
                byName,
                at,
                null,
                null,
                null,
                null);
    }

    /** Version 1 of every force: the policy shipped with Postwatch, in force until the force activates its own. */
    static PolicyVersion shippedDefault(ForceId force, String yaml, Policy parsed, Instant at) {
        PolicyVersion version = draft(force, 1, yaml, parsed, null, null, "Postwatch (system)", at);
        version.activate("Postwatch (system)", "The policy shipped with Postwatch", at);
        return version;
    }

    /** Replaces a draft's text. Active and replaced versions are history and cannot change. */
    public void revise(String newYaml, Policy parsed, Instant at) {
        if (status != PolicyStatus.DRAFT) {
            throw new BusinessRuleException("Version " + number + " is "
                    + status.label().toLowerCase() + " and cannot be changed. Start a new draft from it instead.");
        }
        this.yaml = newYaml;
        this.sha256 = ContentFingerprint.of(newYaml).sha256();
        this.label = parsed.version();
        this.name = parsed.name();
        this.updatedAt = at;
    }

    public void activate(String byName, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for activating version " + number);
        }
        if (status == PolicyStatus.ACTIVE) {
            throw new BusinessRuleException("Version " + number + " is already the active policy");
        }
        this.status = PolicyStatus.ACTIVE;
        this.activatedAt = at;
        this.activatedByName = Objects.requireNonNull(byName);
        this.activationReason = reason.strip();
        this.retiredAt = null;
        this.updatedAt = at;
    }

    /** Replaced by another version's activation. */
    public void retire(Instant at) {
        if (status != PolicyStatus.ACTIVE) {
            throw new BusinessRuleException("Only the active version can be replaced");
        }
        this.status = PolicyStatus.RETIRED;
        this.retiredAt = at;
        this.updatedAt = at;
    }

    public UUID id() {
        return id;
    }

    public ForceId force() {
        return force;
    }

    public int number() {
        return number;
    }

    /** The {@code version:} written in the YAML, recorded in every report. */
    public String label() {
        return label;
    }

    public String name() {
        return name;
    }

    public String yaml() {
        return yaml;
    }

    public String sha256() {
        return sha256;
    }

    public PolicyStatus status() {
        return status;
    }

    public boolean isDraft() {
        return status == PolicyStatus.DRAFT;
    }

    public boolean isActive() {
        return status == PolicyStatus.ACTIVE;
    }

    public Integer basedOn() {
        return basedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public StaffId createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String activatedByName() {
        return activatedByName;
    }

    public String activationReason() {
        return activationReason;
    }

    public Instant retiredAt() {
        return retiredAt;
    }
}
