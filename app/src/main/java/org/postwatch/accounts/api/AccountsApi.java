package org.postwatch.accounts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.postwatch.accounts.AccountFilter;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.PostingRights;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
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
@Tag(name = "Accounts", description = "The force's social media accounts register and people's posting rights")
class AccountsApi {

    private final Accounts accounts;
    private final PostingRights rights;
    private final StaffDirectory directory;

    AccountsApi(Accounts accounts, PostingRights rights, StaffDirectory directory) {
        this.accounts = accounts;
        this.rights = rights;
        this.directory = directory;
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'REVIEWER', 'PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
    @Operation(summary = "The caller's force's accounts, optionally filtered by channel, kind, status and owning unit")
    List<AccountResponse> accounts(
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) AccountKind kind,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) String unit) {
        return accounts.search(new AccountFilter(channel, kind, status, unit, null)).stream()
                .map(AccountResponse::of)
                .toList();
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'REVIEWER', 'PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
    @Operation(summary = "One account of the caller's force, with its contributors and whether each can post now")
    AccountDetailResponse account(@PathVariable String id) {
        AccountId accountId = parse(id);
        return new AccountDetailResponse(
                AccountResponse.of(accounts.get(accountId)),
                rights.contributorsOf(accountId).stream()
                        .map(c -> new AccountDetailResponse.ContributorResponse(
                                c.staff().toString(),
                                c.name(),
                                c.level().name(),
                                c.grantedAt(),
                                c.mayPost(),
                                c.reasons()))
                        .toList());
    }

    @GetMapping("/staff/{id}/posting-rights")
    @Operation(
            summary = "A person's posting rights: the accounts they may post to and, where they may not, why."
                    + " The person themself, account managers, training administrators and force administrators")
    PostingRightsResponse postingRights(@PathVariable StaffId id) {
        PostwatchUser user = CurrentUser.get();
        if (!user.staffId().equals(id) && !user.hasAny(Role.ACCOUNT_MANAGER, Role.TRAINING_ADMIN, Role.FORCE_ADMIN)) {
            throw new AccessDeniedException("Only the person, or an account manager or administrator, may see this");
        }
        StaffMember member = directory.find(id).orElseThrow(() -> new RecordNotFoundException("Staff", id));
        return new PostingRightsResponse(
                id.toString(),
                member.fullName(),
                rights.suspensionOf(id)
                        // The subject sees why, never which professional-standards case it comes from.
                        .map(s -> new PostingRightsResponse.Suspension(
                                s.reason(), user.staffId().equals(id) ? null : s.caseReference(), s.suspendedAt()))
                        .orElse(null),
                rights.contributionsOf(id).stream()
                        .map(c -> new PostingRightsResponse.AccountRight(
                                c.account().id().toString(),
                                c.account().handle(),
                                c.account().channel().name(),
                                c.permission().level() == null
                                        ? null
                                        : c.permission().level().name(),
                                c.permission().allowed(),
                                c.permission().reasons()))
                        .toList());
    }

    private static AccountId parse(String id) {
        try {
            return AccountId.of(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Account", id);
        }
    }
}
