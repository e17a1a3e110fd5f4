package org.postwatch.conduct.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.postwatch.conduct.domain.AccountKind;
import org.postwatch.conduct.domain.AllegationCategory;
import org.postwatch.conduct.domain.ConductCase;
import org.postwatch.conduct.domain.Duty;
import org.postwatch.conduct.domain.Origin;
import org.postwatch.conduct.domain.Particulars;
import org.postwatch.conduct.domain.Platform;
import org.postwatch.conduct.domain.ProfessionalStandard;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffType;

/** Opening a case, or correcting its details. */
public record CaseForm(
        @NotBlank(message = "Enter the collar number or work e-mail of the person the case is about") @Size(max = 200)
        String subject,

        StaffType staffType,

        @Size(max = 100, message = "Rank or grade must be 100 characters or fewer")
        String rank,

        @NotNull(message = "Choose how the case arose") Origin origin,

        @NotNull(message = "Choose the platform") Platform platform,

        @NotNull(message = "Choose the kind of account") AccountKind accountKind,

        @NotNull(message = "Choose whether they were on or off duty")
        Duty duty,

        @NotEmpty(message = "Choose at least one allegation category")
        Set<AllegationCategory> categories,

        Set<ProfessionalStandard> standards,

        Boolean socialMediaFactor,

        @NotBlank(message = "Enter the date it was reported")
        String reportedOn,

        @Size(max = 20000, message = "Notes must be 20,000 characters or fewer")
        String notes) {

    public static CaseForm empty(LocalDate today) {
        return new CaseForm("", null, "", null, null, null, null, Set.of(), Set.of(), true, today.toString(), "");
    }

    public static CaseForm of(ConductCase c, StaffMember subject) {
        String key = subject == null ? "" : subject.collarNumber() != null ? subject.collarNumber() : subject.email();
        return new CaseForm(
                key,
                c.subject().staffType(),
                c.subject().rank(),
                c.particulars().origin(),
                c.particulars().platform(),
                c.particulars().accountKind(),
                c.particulars().duty(),
                c.particulars().categories(),
                c.particulars().standards(),
                c.particulars().socialMediaFactor(),
                c.reportedOn().toString(),
                c.particulars().notes());
    }

    public Particulars particulars() {
        return new Particulars(
                origin,
                platform,
                accountKind,
                duty,
                categories,
                standards == null ? EnumSet.noneOf(ProfessionalStandard.class) : standards,
                Boolean.TRUE.equals(socialMediaFactor),
                notes);
    }

    public boolean hasCategory(AllegationCategory category) {
        return categories != null && categories.contains(category);
    }

    public boolean hasStandard(ProfessionalStandard standard) {
        return standards != null && standards.contains(standard);
    }
}
