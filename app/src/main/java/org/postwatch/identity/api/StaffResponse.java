package org.postwatch.identity.api;

import java.time.LocalDate;
import java.util.List;
import org.postwatch.identity.StaffMember;

/** A staff member in the API. */
public record StaffResponse(
        String id,
        String givenName,
        String familyName,
        String staffType,
        String rank,
        String collarNumber,
        String unit,
        String email,
        String status,
        LocalDate leftOn,
        List<String> roles) {

    static StaffResponse of(StaffMember member) {
        return new StaffResponse(
                member.id().toString(),
                member.givenName(),
                member.familyName(),
                member.type().name(),
                member.rank(),
                member.collarNumber(),
                member.unit(),
                member.email(),
                member.status().name(),
                member.leftOn(),
                member.roles().stream().map(Enum::name).sorted().toList());
    }
}
