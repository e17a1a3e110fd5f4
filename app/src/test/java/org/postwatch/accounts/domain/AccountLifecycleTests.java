package org.postwatch.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postwatch.accounts.AccountDetails;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountStatusChanged;
import org.postwatch.accounts.AccountTransferred;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorGranted;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.ContributorRemoved;
import org.postwatch.accounts.NewAccount;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.audit.Actor;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

class AccountLifecycleTests {

    static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 3);
    static final Actor MANAGER = Actor.named(null, "Chris Morgan (glo.accounts)");
    static final StaffId OWNER = StaffId.random();
    static final StaffId HOLDER = StaffId.random();
    static final StaffId HANDLER = StaffId.random();

    static Account dogUnitAccount() {
        Account account = Account.register(
                new ForceId(java.util.UUID.randomUUID()),
                new NewAccount(Channel.X, "GlosPoliceDogs", AccountKind.TEAM, details(), null, TODAY.minusMonths(2)),
                MANAGER,
                NOW,
                TODAY);
        account.saved();
        return account;
    }

    static Account unofficialAccount() {
        Account account = Account.register(
                new ForceId(java.util.UUID.randomUUID()),
                new NewAccount(Channel.INSTAGRAM, "@StroudPCSO", AccountKind.UNOFFICIAL, details(), HOLDER, null),
                MANAGER,
                NOW,
                TODAY);
        account.saved();
        return account;
    }

    static AccountDetails details() {
        return new AccountDetails(
                "Gloucestershire Police Dogs",
                "The dog unit's work",
                EnumSet.of(StrategyObjective.ENGAGEMENT),
                "Dog Unit",
                OWNER,
                23_150,
                12);
    }

    static Account in(AccountStatus status) {
        Account account = status == AccountStatus.TRANSFER_PENDING ? unofficialAccount() : dogUnitAccount();
        switch (status) {
            case ACTIVE -> {}
            case SUSPENDED -> account.suspend("Misconduct investigation", MANAGER, NOW);
            case CLOSED -> account.close("Unit disbanded", MANAGER, NOW);
            case TRANSFER_PENDING -> account.startTransfer(AccountKind.TEAM, HOLDER, "Bringing it in", MANAGER, NOW);
        }
        account.saved();
        return account;
    }

    @Test
    void registeringAddsAnActiveAccountWithAtHandleAndHistory() {
        Account account = Account.register(
                new ForceId(java.util.UUID.randomUUID()),
                new NewAccount(Channel.X, "GlosPoliceDogs", AccountKind.TEAM, details(), null, null),
                MANAGER,
                NOW,
                TODAY);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.handle()).isEqualTo("@GlosPoliceDogs");
        assertThat(account.changes()).extracting(Change::kind).containsExactly(AccountChange.REGISTERED);
        assertThat(account.summary().securityReviewOverdue(TODAY)).isTrue();
    }

    @Test
    void facebookPagesKeepTheirNameWithoutAnAt() {
        Account account = Account.register(
                new ForceId(java.util.UUID.randomUUID()),
                new NewAccount(
                        Channel.FACEBOOK, "Cheltenham Neighbourhood Policing", AccountKind.TEAM, details(), null, null),
                MANAGER,
                NOW,
                TODAY);

        assertThat(account.handle()).isEqualTo("Cheltenham Neighbourhood Policing");
    }

    @Test
    void aHandleWithSpacesIsRejectedOnAnAtChannel() {
        assertThatThrownBy(() -> Account.register(
                        new ForceId(java.util.UUID.randomUUID()),
                        new NewAccount(Channel.X, "Glos Police Dogs", AccountKind.TEAM, details(), null, null),
                        MANAGER,
                        NOW,
                        TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no spaces");
    }

    @Test
    void onlyAnUnofficialAccountHasAHolder() {
        assertThatThrownBy(() -> Account.register(
                        new ForceId(java.util.UUID.randomUUID()),
                        new NewAccount(Channel.X, "@GlosPolice", AccountKind.CORPORATE, details(), HOLDER, null),
                        MANAGER,
                        NOW,
                        TODAY))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Only an unofficial account has a holder: add people as contributors instead");
    }

    static Stream<Arguments> transitions() {
        Consumer<Account> suspend = a -> a.suspend("Investigation", MANAGER, NOW);
        Consumer<Account> reinstate = a -> a.reinstate("Cleared", MANAGER, NOW);
        Consumer<Account> close = a -> a.close("No longer needed", MANAGER, NOW);
        Consumer<Account> startTransfer =
                a -> a.startTransfer(AccountKind.TEAM, HOLDER, "Bringing it in", MANAGER, NOW);
        Consumer<Account> completeTransfer =
                a -> a.completeTransfer(ContributorLevel.POST_WITH_REVIEW, null, MANAGER, NOW);
        Consumer<Account> cancelTransfer = a -> a.cancelTransfer("Holder declined", MANAGER, NOW);
        return Stream.of(
                // from, action, name, resulting status or null, message when refused
                Arguments.of(AccountStatus.ACTIVE, suspend, "suspend", AccountStatus.SUSPENDED, null),
                Arguments.of(AccountStatus.SUSPENDED, suspend, "suspend", null, "This account is already suspended"),
                Arguments.of(AccountStatus.CLOSED, suspend, "suspend", null, "A closed account cannot be suspended"),
                Arguments.of(
                        AccountStatus.TRANSFER_PENDING,
                        suspend,
                        "suspend",
                        null,
                        "This account is awaiting transfer: cancel the transfer before suspending it"),
                Arguments.of(AccountStatus.SUSPENDED, reinstate, "reinstate", AccountStatus.ACTIVE, null),
                Arguments.of(
                        AccountStatus.ACTIVE,
                        reinstate,
                        "reinstate",
                        null,
                        "This account is not suspended, so it cannot be reinstated"),
                Arguments.of(
                        AccountStatus.CLOSED, reinstate, "reinstate", null, "A closed account cannot be reinstated"),
                Arguments.of(
                        AccountStatus.TRANSFER_PENDING,
                        reinstate,
                        "reinstate",
                        null,
                        "This account is awaiting transfer, not suspended: complete or cancel the transfer instead"),
                Arguments.of(AccountStatus.ACTIVE, close, "close", AccountStatus.CLOSED, null),
                Arguments.of(AccountStatus.SUSPENDED, close, "close", AccountStatus.CLOSED, null),
                Arguments.of(AccountStatus.TRANSFER_PENDING, close, "close", AccountStatus.CLOSED, null),
                Arguments.of(AccountStatus.CLOSED, close, "close", null, "This account is already closed"),
                Arguments.of(
                        AccountStatus.ACTIVE,
                        startTransfer,
                        "start a transfer of a team account",
                        null,
                        "Only an unofficial account can be transferred to the force"),
                Arguments.of(
                        AccountStatus.TRANSFER_PENDING,
                        startTransfer,
                        "start a transfer",
                        null,
                        "A transfer of this account is already under way"),
                Arguments.of(
                        AccountStatus.TRANSFER_PENDING,
                        completeTransfer,
                        "complete a transfer",
                        AccountStatus.ACTIVE,
                        null),
                Arguments.of(
                        AccountStatus.ACTIVE,
                        completeTransfer,
                        "complete a transfer",
                        null,
                        "There is no transfer under way for this account"),
                Arguments.of(
                        AccountStatus.CLOSED,
                        completeTransfer,
                        "complete a transfer",
                        null,
                        "There is no transfer under way for this account"),
                Arguments.of(
                        AccountStatus.TRANSFER_PENDING,
                        cancelTransfer,
                        "cancel a transfer",
                        AccountStatus.ACTIVE,
                        null),
                Arguments.of(
                        AccountStatus.SUSPENDED,
                        cancelTransfer,
                        "cancel a transfer",
                        null,
                        "There is no transfer under way for this account"));
    }

    @ParameterizedTest(name = "{0}: {2} -> {3} {4}")
    @MethodSource("transitions")
    void everyLifecycleTransitionIsGuarded(
            AccountStatus from, Consumer<Account> action, String name, AccountStatus to, String refusal) {
        Account account = in(from);

        if (refusal == null) {
            action.accept(account);
            assertThat(account.status()).isEqualTo(to);
            assertThat(account.changes()).isNotEmpty();
            assertThat(account.changes().getFirst().actor()).isEqualTo(MANAGER);
            assertThat(account.events()).hasAtLeastOneElementOfType(AccountStatusChanged.class);
        } else {
            assertThatThrownBy(() -> action.accept(account))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessage(refusal);
            assertThat(account.status()).isEqualTo(from);
            assertThat(account.changes()).isEmpty();
        }
    }

    @Test
    void aSuspensionNeedsAReasonAndRecordsItInTheHistory() {
        Account account = dogUnitAccount();

        assertThatThrownBy(() -> account.suspend("  ", MANAGER, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Give a reason for suspending");

        account.suspend("Misconduct investigation into a post", MANAGER, NOW);
        Change change = account.changes().getFirst();
        assertThat(change.kind()).isEqualTo(AccountChange.SUSPENDED);
        assertThat(change.fromStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(change.toStatus()).isEqualTo(AccountStatus.SUSPENDED);
        assertThat(change.reason()).isEqualTo("Misconduct investigation into a post");
        assertThat(change.at()).isEqualTo(NOW);
        assertThat(account.statusReason()).isEqualTo("Misconduct investigation into a post");
    }

    @Test
    void transferMakesTheUnofficialAccountATeamAccountAndItsHolderAContributor() {
        Account account = unofficialAccount();

        account.startTransfer(AccountKind.TEAM, HOLDER, "Holder agreed", MANAGER, NOW);
        assertThat(account.status()).isEqualTo(AccountStatus.TRANSFER_PENDING);
        assertThat(account.kind()).isEqualTo(AccountKind.UNOFFICIAL);
        assertThat(account.transferKind()).isEqualTo(AccountKind.TEAM);

        account.completeTransfer(ContributorLevel.POST_WITH_REVIEW, null, MANAGER, NOW);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.kind()).isEqualTo(AccountKind.TEAM);
        assertThat(account.transferKind()).isNull();
        assertThat(account.currentContributor(HOLDER))
                .hasValueSatisfying(c -> assertThat(c.level()).isEqualTo(ContributorLevel.POST_WITH_REVIEW));
        assertThat(account.events())
                .hasAtLeastOneElementOfType(AccountTransferred.class)
                .hasAtLeastOneElementOfType(ContributorGranted.class);
        assertThat(account.changes())
                .extracting(Change::kind)
                .containsExactly(
                        AccountChange.TRANSFER_STARTED,
                        AccountChange.TRANSFER_COMPLETED,
                        AccountChange.CONTRIBUTOR_GRANTED);
    }

    @Test
    void anUnofficialAccountBecomesOnlyATeamOrIndividualAccount() {
        Account account = unofficialAccount();

        assertThatThrownBy(() -> account.startTransfer(AccountKind.CORPORATE, HOLDER, "Why not", MANAGER, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("An unofficial account becomes a team or an individual account when it is transferred");
        assertThatThrownBy(() -> account.startTransfer(AccountKind.INDIVIDUAL, null, "Holder agreed", MANAGER, NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Name the person who holds the account now");
    }

    @Test
    void contributorsCannotBeAddedToUnofficialPendingOrClosedAccounts() {
        assertThatThrownBy(() -> unofficialAccount().grant(HANDLER, ContributorLevel.POST_WITH_CHECKS, MANAGER, NOW))
                .hasMessage("An unofficial account cannot have contributors: transfer it to the force first");
        assertThatThrownBy(() -> in(AccountStatus.TRANSFER_PENDING)
                        .grant(HANDLER, ContributorLevel.POST_WITH_CHECKS, MANAGER, NOW))
                .hasMessage("Add contributors once the transfer to the force is complete");
        assertThatThrownBy(
                        () -> in(AccountStatus.CLOSED).grant(HANDLER, ContributorLevel.POST_WITH_CHECKS, MANAGER, NOW))
                .hasMessage("A closed account cannot have contributors");
    }

    @Test
    void aPersonIsAContributorOnceAndCanBeChangedAndRemovedWithAReason() {
        Account account = dogUnitAccount();
        account.grant(HANDLER, ContributorLevel.POST_WITH_REVIEW, MANAGER, NOW);

        assertThatThrownBy(() -> account.grant(HANDLER, ContributorLevel.POST_WITH_CHECKS, MANAGER, NOW))
                .hasMessage("This person is already a contributor on @GlosPoliceDogs on X");
        assertThatThrownBy(() -> account.changeLevel(HANDLER, ContributorLevel.POST_WITH_REVIEW, "x", MANAGER, NOW))
                .hasMessage("This contributor already has the level Post with review");

        account.changeLevel(HANDLER, ContributorLevel.POST_WITH_CHECKS, "Six months without a held post", MANAGER, NOW);
        assertThat(account.currentContributor(HANDLER).orElseThrow().level())
                .isEqualTo(ContributorLevel.POST_WITH_CHECKS);

        assertThatThrownBy(() -> account.removeContributor(HANDLER, "", MANAGER, NOW))
                .hasMessage("Give a reason for removing a contributor");
        account.removeContributor(HANDLER, "Moved to response", MANAGER, NOW);
        assertThat(account.currentContributor(HANDLER)).isEmpty();
        assertThat(account.contributors()).hasSize(1).first().satisfies(c -> {
            assertThat(c.endedAt()).isEqualTo(NOW);
            assertThat(c.endedReason()).isEqualTo("Moved to response");
        });
    }

    @Test
    void closingEndsEveryContributorsAccess() {
        Account account = dogUnitAccount();
        account.grant(HANDLER, ContributorLevel.POST_WITH_CHECKS, MANAGER, NOW);
        account.saved();

        account.close("Unit merged into the force account", MANAGER, NOW);

        assertThat(account.currentContributors()).isEmpty();
        assertThat(account.events()).hasAtLeastOneElementOfType(ContributorRemoved.class);
    }

    @Test
    void aClosedAccountCannotBeChangedOrReviewed() {
        Account account = in(AccountStatus.CLOSED);

        assertThatThrownBy(() -> account.changeDetails(details(), MANAGER, NOW))
                .hasMessage("A closed account cannot be changed");
        assertThatThrownBy(() -> account.recordSecurityReview(TODAY, "Checked 2FA", MANAGER, NOW, TODAY))
                .hasMessage("A closed account cannot be reviewed");
    }

    @Test
    void aSecurityReviewCannotBeInTheFutureOrBeforeTheLastOne() {
        Account account = dogUnitAccount();

        assertThatThrownBy(() -> account.recordSecurityReview(TODAY.plusDays(1), "Checked", MANAGER, NOW, TODAY))
                .hasMessage("The security review date cannot be in the future");
        assertThatThrownBy(() -> account.recordSecurityReview(TODAY.minusYears(1), "Checked", MANAGER, NOW, TODAY))
                .hasMessage("A later security review is already recorded");

        account.recordSecurityReview(TODAY, "Two-factor on, one connected app removed", MANAGER, NOW, TODAY);
        assertThat(account.summary().securityReviewDue()).isEqualTo(TODAY.plusMonths(12));
        assertThat(account.summary().securityReviewOverdue(TODAY)).isFalse();
        assertThat(account.summary().securityReviewOverdue(TODAY.plusMonths(12)))
                .isTrue();
    }
}
