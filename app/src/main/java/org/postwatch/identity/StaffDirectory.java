package org.postwatch.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postwatch.identity.domain.Staff;
import org.postwatch.identity.domain.StaffRepository;
import org.postwatch.identity.domain.StaffSearch;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about the current force's staff. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffRepository staff;

    StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    public Optional<StaffMember> find(StaffId id) {
        return staff.find(Tenancy.requireForce(), id).map(Staff::toMember);
    }

    public List<StaffMember> all() {
        return staff.search(Tenancy.requireForce(), StaffSearch.everyone()).stream()
                .map(Staff::toMember)
                .toList();
    }

    public List<StaffMember> withRole(Role role) {
        return staff.search(Tenancy.requireForce(), new StaffSearch(null, StaffStatus.ACTIVE, role)).stream()
                .map(Staff::toMember)
                .toList();
    }

    public List<StaffMember> search(String text, StaffStatus status, Role role) {
        return staff.search(Tenancy.requireForce(), new StaffSearch(text, status, role)).stream()
                .map(Staff::toMember)
                .toList();
    }

    public Optional<StaffMember> findByEmail(String email) {
        return staff.findByEmail(Tenancy.requireForce(), email).map(Staff::toMember);
    }

    public Optional<StaffMember> findByCollarNumber(String collarNumber) {
        return all().stream()
                .filter(member -> collarNumber.equalsIgnoreCase(member.collarNumber()))
                .findFirst();
    }

    public Map<StaffId, String> namesOf(Set<StaffId> ids) {
        return staff.namesOf(Tenancy.requireForce(), ids);
    }
}
