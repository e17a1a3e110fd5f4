package org.postwatch.conduct.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.postwatch.platform.BusinessRuleException;

/** What a case is about: how it arose, where, whose account, on or off duty, the allegations and standards. */
public record Particulars(
        Origin origin,
        Platform platform,
        AccountKind accountKind,
        Duty duty,
        Set<AllegationCategory> categories,
        Set<ProfessionalStandard> standards,
        boolean socialMediaFactor,
        String notes) {

    static final int MAX_NOTES = 20_000;

    public Particulars {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accountKind, "accountKind");
        Objects.requireNonNull(duty, "duty");
        if (categories == null || categories.isEmpty()) {
            throw new BusinessRuleException("Choose at least one allegation category");
        }
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
        standards = standards == null || standards.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(standards));
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > MAX_NOTES) {
            throw new BusinessRuleException("Notes must be " + MAX_NOTES + " characters or fewer");
        }
    }
}
