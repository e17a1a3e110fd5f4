package org.postwatch.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.Role;

/** The add and edit staff form. */
public record StaffForm(
        @NotBlank(message = "Enter a given name") @Size(max = 100)
        String givenName,

        @NotBlank(message = "Enter a family name") @Size(max = 100)
        String familyName,

        @NotNull(message = "Select the type of staff") StaffType staffType,

        @NotBlank(message = "Enter a rank or grade") @Size(max = 100)
        String rank,

        @Size(max = 20) String collarNumber,

        @NotBlank(message = "Enter a unit or team") @Size(max = 150)
        String unit,

        @NotBlank(message = "Enter an e-mail address")
        @Email(message = "Enter an e-mail address like name@force.police.uk")
        String email,

        Set<Role> roles) {

    public static StaffForm empty() {
        return new StaffForm("", "", null, "", "", "", "", EnumSet.noneOf(Role.class));
    }

    public static StaffForm of(StaffMember member) {
        return new StaffForm(
                member.givenName(),
                member.familyName(),
                member.type(),
                member.rank(),
                member.collarNumber(),
                member.unit(),
                member.email(),
                member.roles());
    }

    public StaffDetails details() {
        return new StaffDetails(
                givenName.trim(), familyName.trim(), staffType, rank.trim(), collarNumber, unit.trim(), email);
    }

    public Set<Role> chosenRoles() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
