package org.postwatch.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postwatch.accounts.domain.Account;
import org.postwatch.accounts.domain.AccountRepository;
import org.postwatch.accounts.domain.AccountStore;
import org.postwatch.accounts.domain.CredentialCipher;
import org.postwatch.accounts.domain.CredentialKey;
import org.postwatch.accounts.domain.CredentialStore;
import org.postwatch.audit.Actor;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Forces;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo accounts for each demo force: a corporate account, the dog unit's team account, two neighbourhood accounts
 * and an officer's unofficial account awaiting transfer. The demo dog handler and neighbourhood officer are
 * contributors; the reviewer is a contributor whose training has lapsed (see the training module's demo records).
 */
@Component
class DemoAccounts {

    record DemoForce(
            String code,
            String corporate,
            String corporateName,
            String dogs,
            String dogsName,
            String town,
            String townHandle,
            String otherTown,
            String otherTownPage,
            String unofficial) {}

    static final List<DemoForce> FORCES = List.of(
            new DemoForce(
                    "GLO",
                    "@GlosPolice",
                    "Gloucestershire Constabulary",
                    "@GlosPoliceDogs",
                    "Gloucestershire Police Dogs",
                    "Stroud",
                    "@StroudPolice",
                    "Cheltenham",
                    "Cheltenham Neighbourhood Policing",
                    "@StroudPCSO"),
            new DemoForce(
                    "STA",
                    "@StaffsPolice",
                    "Staffordshire Police",
                    "@StaffsPoliceDogs",
                    "Staffordshire Police Dogs",
                    "Stafford",
                    "@StaffordPolice",
                    "Burton",
                    "Burton Neighbourhood Policing",
                    "@StaffordBeatPC"));

    private final Forces forces;
    private final StaffDirectory directory;
    private final AccountStore store;
    private final AccountRepository accounts;
    private final CredentialKey key;
    private final CredentialStore credentials;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAccounts(
            Forces forces,
            StaffDirectory directory,
            AccountStore store,
            AccountRepository accounts,
            CredentialKey key,
            CredentialStore credentials,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.directory = directory;
        this.store = store;
        this.accounts = accounts;
        this.key = key;
        this.credentials = credentials;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoStaffSeeded event) {
        for (DemoForce demo : FORCES) {
            forces.findByCode(demo.code())
                    .map(f -> f.id())
                    .filter(event.forces()::contains)
                    .ifPresent(force ->
                            Tenancy.asForce(force, () -> transactions.executeWithoutResult(s -> seed(force, demo))));
        }
    }

    private void seed(ForceId force, DemoForce demo) {
        List<StaffMember> staff = directory.all();
        StaffMember manager = person(staff, Role.ACCOUNT_MANAGER, null);
        StaffMember handler = person(staff, Role.CONTRIBUTOR, "Dog Unit");
        StaffMember neighbourhood = person(staff, Role.CONTRIBUTOR, "Neighbourhood");
        StaffMember reviewer = staff.stream()
                .filter(m -> m.roles().equals(Set.of(Role.REVIEWER)))
                .findFirst()
                .orElseThrow();
        Actor system = Actor.system();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, LondonTime.ZONE);

        Account corporate = register(
                force,
                Channel.X,
                demo.corporate(),
                AccountKind.CORPORATE,
                new AccountDetails(
                        demo.corporateName(),
                        "The force's main channel: news, appeals, warnings and informing, and recruitment.",
                        EnumSet.of(
                                StrategyObjective.WARNING_AND_INFORMING,
                                StrategyObjective.APPEAL_FOR_INFORMATION,
                                StrategyObjective.REASSURANCE,
                                StrategyObjective.RECRUITMENT,
                                StrategyObjective.MISSING_PERSONS),
                        manager.unit(),
                        manager.id(),
                        98_400,
                        12),
                null,
                today.minusMonths(3),
                now.minus(Period.ofDays(6 * 365)));
        corporate.grant(manager.id(), ContributorLevel.POST_WITH_CHECKS, system, now);
        corporate.grant(reviewer.id(), ContributorLevel.POST_WITH_CHECKS, system, now);
        store.save(corporate);
        accounts.recordPost(force, corporate.id(), now.minus(Duration.ofHours(5)));

        Account dogs = register(
                force,
                Channel.SANDBOX,
                demo.dogs(),
                AccountKind.TEAM,
                new AccountDetails(
                        demo.dogsName(),
                        "The dog unit's work: arrests and finds, puppies in training, retirements and kennel appeals.",
                        EnumSet.of(StrategyObjective.ENGAGEMENT, StrategyObjective.RECRUITMENT),
                        handler.unit(),
                        manager.id(),
                        23_150,
                        12),
                null,
                today.minusMonths(5),
                now.minus(Period.ofDays(4 * 365)));
        dogs.grant(handler.id(), ContributorLevel.POST_WITH_CHECKS, system, now);
        store.save(dogs);
        accounts.recordPost(force, dogs.id(), now.minus(Duration.ofDays(2)));
        storeSandboxCredentials(force, dogs, now);

        Account town = register(
                force,
                Channel.SANDBOX,
                demo.townHandle(),
                AccountKind.TEAM,
                new AccountDetails(
                        demo.town() + " Neighbourhood Policing Team",
                        "Local updates, surgeries and crime prevention advice for " + demo.town() + ".",
                        EnumSet.of(
                                StrategyObjective.ENGAGEMENT,
                                StrategyObjective.CRIME_PREVENTION,
                                StrategyObjective.REASSURANCE),
                        neighbourhood.unit(),
                        manager.id(),
                        4_820,
                        12),
                null,
                today.minusMonths(7),
                now.minus(Period.ofDays(3 * 365)));
        town.grant(neighbourhood.id(), ContributorLevel.POST_WITH_REVIEW, system, now);
        store.save(town);
        accounts.recordPost(force, town.id(), now.minus(Duration.ofDays(4)));
        storeSandboxCredentials(force, town, now);

        // Left without contributors, reviewed too long ago and quiet for months: it shows every account alert.
        Account otherTown = register(
                force,
                Channel.FACEBOOK,
                demo.otherTownPage(),
                AccountKind.TEAM,
                new AccountDetails(
                        demo.otherTownPage(),
                        "Local appeals, road safety and community meetings for " + demo.otherTown() + ".",
                        EnumSet.of(StrategyObjective.ROAD_SAFETY, StrategyObjective.ENGAGEMENT),
                        "Neighbourhood Team – " + demo.otherTown(),
                        manager.id(),
                        7_310,
                        12),
                null,
                today.minusMonths(15),
                now.minus(Period.ofDays(5 * 365)));
        store.save(otherTown);
        accounts.recordPost(force, otherTown.id(), now.minus(Duration.ofDays(128)));

        Account unofficial = register(
                force,
                Channel.INSTAGRAM,
                demo.unofficial(),
                AccountKind.UNOFFICIAL,
                new AccountDetails(
                        demo.unofficial().substring(1),
                        "Run by a local officer without approval; popular with residents. To come under the force.",
                        EnumSet.of(StrategyObjective.ENGAGEMENT, StrategyObjective.REASSURANCE),
                        neighbourhood.unit(),
                        manager.id(),
                        1_960,
                        12),
                neighbourhood.id(),
                null,
                now.minus(Duration.ofDays(20)));
        unofficial.startTransfer(
                AccountKind.TEAM,
                neighbourhood.id(),
                "Found in the annual check of police-branded accounts; the holder agreed to bring it under the force",
                system,
                now);
        store.save(unofficial);
    }

    private Account register(
            ForceId force,
            Channel channel,
            String handle,
            AccountKind kind,
            AccountDetails details,
            StaffId holder,
            LocalDate lastReview,
            Instant registeredAt) {
        Account account = Account.register(
                force,
                new NewAccount(channel, handle, kind, details, holder, lastReview),
                Actor.system(),
                registeredAt,
                LocalDate.ofInstant(clock.instant(), LondonTime.ZONE));
        store.save(account);
        return account;
    }

    private void storeSandboxCredentials(ForceId force, Account account, Instant now) {
        if (!key.configured()) {
            return;
        }
        CredentialCipher cipher = key.cipher();
        byte[] plaintext =
                ("{\"sandboxToken\":\"sandbox-demo-" + account.id() + "\"}").getBytes(StandardCharsets.UTF_8);
        credentials.save(
                force,
                new CredentialStore.Sealed(
                        account.id(),
                        cipher.fingerprint(),
                        cipher.seal(plaintext, CredentialStore.binding(force, account.id())),
                        List.of("sandboxToken"),
                        now,
                        Actor.system().name()));
        account.credentialsChanged(true, "Fields: sandboxToken", Actor.system(), now);
        store.save(account);
    }

    private static StaffMember person(List<StaffMember> staff, Role role, String unitStart) {
        Optional<StaffMember> found = staff.stream()
                .filter(m -> m.roles().contains(role))
                .filter(m -> unitStart == null || m.unit().startsWith(unitStart))
                .findFirst();
        return found.orElseThrow(() -> new IllegalStateException("Demo person missing: " + role + " " + unitStart));
    }
}
