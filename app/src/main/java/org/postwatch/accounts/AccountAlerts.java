package org.postwatch.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postwatch.accounts.domain.AccountRepository;
import org.postwatch.accounts.domain.Contributor;
import org.postwatch.accounts.domain.PostingDecision;
import org.postwatch.accounts.domain.PostingSuspensions;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs an account manager's attention: overdue security reviews, dormant accounts, accounts nobody can post
 * to, and contributors who have left the force or are not accredited.
 */
@Service
@Transactional(readOnly = true)
public class AccountAlerts {

    /** An account is dormant after this long without a recorded post. */
    public static final Duration DORMANT_AFTER = Duration.ofDays(90);

    /** Leavers stay on the alert list this long, so someone checks their access on the platform itself. */
    static final Duration LEAVERS_SHOWN_FOR = Duration.ofDays(30);

    static final String LEFT_THE_FORCE = "Left the force";

    /** Most pressing first. */
    public enum Kind {
        CONTRIBUTOR_LEFT("Contributor left the force"),
        CONTRIBUTOR_NOT_ACCREDITED("Contributor not accredited"),
        SECURITY_REVIEW_OVERDUE("Security review overdue"),
        NO_ACTIVE_CONTRIBUTOR("No one can post"),
        DORMANT("Dormant");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Alert(AccountSummary account, Kind kind, String text) {}

    private final AccountRepository accounts;
    private final PostingSuspensions suspensions;
    private final StaffDirectory directory;
    private final PostingRights rights;
    private final Clock clock;

    AccountAlerts(
            AccountRepository accounts,
            PostingSuspensions suspensions,
            StaffDirectory directory,
            PostingRights rights,
            Clock clock) {
        this.accounts = accounts;
        this.suspensions = suspensions;
        this.directory = directory;
        this.rights = rights;
        this.clock = clock;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    public List<Alert> current() {
        ForceId force = Tenancy.requireForce();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LondonTime.ZONE);
        List<AccountSummary> all = accounts.search(force, AccountFilter.everything());
        Map<AccountId, AccountSummary> byId =
                all.stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        Map<AccountId, List<Contributor>> contributors = accounts.currentContributors(force);
        Map<StaffId, StaffMember> staff =
                directory.all().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Map<StaffId, PostingSuspension> suspended = suspensions.allCurrent(force).stream()
                .collect(Collectors.toMap(PostingSuspension::staff, Function.identity(), (a, b) -> a));

        List<Alert> alerts = new ArrayList<>();
        for (AccountSummary account : all) {
            if (account.status() == AccountStatus.CLOSED) {
                continue;
            }
            if (account.securityReviewOverdue(today)) {
                alerts.add(new Alert(
                        account,
                        Kind.SECURITY_REVIEW_OVERDUE,
                        account.securityReviewDue() == null
                                ? "No security review has been recorded"
                                : "Security review was due on " + PostingDecision.date(account.securityReviewDue())));
            }
            if (!account.isActive() || account.kind() == AccountKind.UNOFFICIAL) {
                continue;
            }
            Instant dormantBefore = now.minus(DORMANT_AFTER);
            if (account.lastPostedAt() == null && account.registeredAt().isBefore(dormantBefore)) {
                alerts.add(new Alert(
                        account,
                        Kind.DORMANT,
                        "No post recorded since it was registered on "
                                + PostingDecision.date(LocalDate.ofInstant(account.registeredAt(), LondonTime.ZONE))));
            } else if (account.lastPostedAt() != null && account.lastPostedAt().isBefore(dormantBefore)) {
                alerts.add(new Alert(
                        account,
                        Kind.DORMANT,
                        "No post recorded since "
                                + PostingDecision.date(LocalDate.ofInstant(account.lastPostedAt(), LondonTime.ZONE))));
            }
            List<ContributorStanding> standings = rights.standings(
                    account, contributors.getOrDefault(account.id(), List.of()), staff, suspended, today);
            for (ContributorStanding standing : standings) {
                if (standing.mayPost()) {
                    continue;
                }
                StaffMember member = staff.get(standing.staff());
                if (member == null || !member.isActive()) {
                    alerts.add(new Alert(
                            account,
                            Kind.CONTRIBUTOR_LEFT,
                            standing.name() + " has left the force but is still a contributor"));
                } else if (!suspended.containsKey(standing.staff())) {
                    alerts.add(new Alert(
                            account,
                            Kind.CONTRIBUTOR_NOT_ACCREDITED,
                            standing.name() + " cannot post: "
                                    + String.join(
                                            "; ",
                                            standing.reasons().stream()
                                                    .map(AccountAlerts::lowerFirst)
                                                    .toList())));
                }
            }
            if (standings.stream().noneMatch(ContributorStanding::mayPost)) {
                alerts.add(new Alert(
                        account,
                        Kind.NO_ACTIVE_CONTRIBUTOR,
                        standings.isEmpty()
                                ? "The account has no contributors"
                                : "None of its " + standings.size() + " contributors can post at present"));
            }
        }
        for (Map.Entry<AccountId, Contributor> ended : accounts.endedSince(force, now.minus(LEAVERS_SHOWN_FOR))) {
            AccountSummary account = byId.get(ended.getKey());
            Contributor c = ended.getValue();
            if (account == null || c.endedReason() == null || !c.endedReason().startsWith(LEFT_THE_FORCE)) {
                continue;
            }
            StaffMember member = staff.get(c.staff());
            alerts.add(new Alert(
                    account,
                    Kind.CONTRIBUTOR_LEFT,
                    (member == null ? "A contributor" : member.fullName()) + " left the force: their access in"
                            + " Postwatch ended on "
                            + PostingDecision.date(LocalDate.ofInstant(c.endedAt(), LondonTime.ZONE))
                            + ". Check they can no longer sign in to "
                            + account.channel().label() + " itself"));
        }
        alerts.sort(Comparator.comparing(Alert::kind)
                .thenComparing(alert -> alert.account().handle().toLowerCase(Locale.ROOT)));
        return alerts;
    }
}
