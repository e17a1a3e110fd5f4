package org.postwatch.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffStatus;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "The signed-in user and the force's staff")
class StaffApi {

    /** Who the token belongs to. */
    record MeResponse(
            String staffId,
            String forceCode,
            String forceName,
            String displayName,
            String username,
            List<String> roles) {}

    private final StaffDirectory directory;

    StaffApi(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/me")
    @Operation(summary = "The person this token was issued to, with their force and roles")
    MeResponse me() {
        PostwatchUser user = CurrentUser.get();
        return new MeResponse(
                user.staffId().toString(),
                user.forceCode(),
                user.forceName(),
                user.displayName(),
                user.username(),
                user.roles().stream().map(Enum::name).sorted().toList());
    }

    @GetMapping("/staff")
    @PreAuthorize("hasRole('FORCE_ADMIN')")
    @Operation(summary = "Staff of the caller's force (force administrators only)")
    List<StaffResponse> staff(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) StaffStatus status,
            @RequestParam(required = false) Role role) {
        return directory.search(q, status, role).stream().map(StaffResponse::of).toList();
    }

    @GetMapping("/staff/{id}")
    @Operation(summary = "One staff member of the caller's force: force administrators, or the person themself")
    StaffResponse staffMember(@PathVariable StaffId id) {
        PostwatchUser user = CurrentUser.get();
        if (!user.has(Role.FORCE_ADMIN) && !user.staffId().equals(id)) {
            throw new AccessDeniedException("Only force administrators can see other people's records");
        }
        return directory.find(id).map(StaffResponse::of).orElseThrow(() -> new RecordNotFoundException("Staff", id));
    }
}
