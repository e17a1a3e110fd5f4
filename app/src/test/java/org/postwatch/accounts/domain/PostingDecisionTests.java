package org.postwatch.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accreditation;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.PostingSuspension;
import org.postwatch.accounts.domain.PostingDecision.Refusal;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffStatus;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;

class PostingDecisionTests {

    static final StaffId HANDLER = StaffId.random();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static StaffMember servingDogHandler() {
        return new StaffMember(
                HANDLER,
                new ForceId(UUID.randomUUID()),
                "Sam",
                "Archer",
                StaffType.POLICE_OFFICER,
                "Police Constable",
                "2291",
                "Dog Unit",
                "sam.archer@gloucestershire.police.uk",
                StaffStatus.ACTIVE,
                null,
                Set.of());
    }

    static StaffMember dogHandlerWhoLeft() {
        StaffMember m = servingDogHandler();
        return new StaffMember(
                m.id(),
                m.force(),
                m.givenName(),
                m.familyName(),
                m.type(),
                m.rank(),
                m.collarNumber(),
                m.unit(),
                m.email(),
                StaffStatus.LEFT,
                LocalDate.of(2026, 2, 28),
                Set.of());
    }

    static AccountSummary dogUnitAccount(AccountStatus status, AccountKind kind) {
        return new AccountSummary(
                org.postwatch.accounts.AccountId.random(),
                Channel.X,
                "@GlosPoliceDogs",
                "Gloucestershire Police Dogs",
                kind,
                "Dog unit news",
                Set.of(),
                "Dog Unit",
                StaffId.random(),
                23_150,
                status,
                null,
                Instant.EPOCH,
                null,
                null,
                TODAY,
                12,
                null,
                Instant.EPOCH);
    }

    static Contributor contributor() {
        return new Contributor(
                UUID.randomUUID(), HANDLER, ContributorLevel.POST_WITH_CHECKS, Instant.EPOCH, "x", null, null);
    }

    static Accreditation accredited() {
        return new Accreditation(true, List.of(), TODAY.plusMonths(6));
    }

    static List<String> toPerson(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::toPerson).toList();
    }

    @Test
    void anAccreditedServingContributorOnAnActiveAccountMayPost() {
        assertThat(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                        contributor(),
                        accredited()))
                .isEmpty();
    }

    @Test
    void someoneWhoIsNotAContributorIsToldSo() {
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(), null, dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM), null, null)))
                .containsExactly("You are not a contributor on @GlosPoliceDogs");
    }

    @Test
    void aContributorWhoseCourseExpiredIsToldWhichCourseAndWhen() {
        var lapsed = new Accreditation(
                true, List.of(new Accreditation.Gap("Operational security awareness", LocalDate.of(2026, 3, 3))), null);

        List<Refusal> refusals = PostingDecision.refusals(
                servingDogHandler(),
                null,
                dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                contributor(),
                lapsed);

        assertThat(toPerson(refusals))
                .containsExactly("Your operational security awareness course expired on 3 March 2026");
        assertThat(refusals.getFirst().aboutPerson())
                .isEqualTo("Operational security awareness course expired on 3 March 2026");
    }

    @Test
    void aContributorWhoNeverTookACourseIsToldToTakeIt() {
        var missing = new Accreditation(true, List.of(new Accreditation.Gap("Posting on X", null)), null);

        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                        contributor(),
                        missing)))
                .containsExactly("You have not completed the posting on X course");
    }

    @Test
    void withNoRuleForTheKindAndChannelNobodyIsAccredited() {
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                        contributor(),
                        Accreditation.noRule())))
                .containsExactly(
                        "No accreditation rule covers team accounts on X yet: ask your training administrator");
    }

    @Test
    void aSuspendedAccountTakesNoPosts() {
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.SUSPENDED, AccountKind.TEAM),
                        contributor(),
                        accredited())))
                .containsExactly("This account is suspended");
    }

    @Test
    void closedPendingAndUnofficialAccountsTakeNoPosts() {
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.CLOSED, AccountKind.TEAM),
                        contributor(),
                        accredited())))
                .containsExactly("This account is closed");
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.TRANSFER_PENDING, AccountKind.UNOFFICIAL),
                        contributor(),
                        accredited())))
                .containsExactly("This account is awaiting transfer to the force");
        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        null,
                        dogUnitAccount(AccountStatus.ACTIVE, AccountKind.UNOFFICIAL),
                        contributor(),
                        accredited())))
                .containsExactly("This account is unofficial: it must be transferred to the force first");
    }

    @Test
    void someoneWhoLeftTheForceMayNotPost() {
        List<Refusal> refusals = PostingDecision.refusals(
                dogHandlerWhoLeft(),
                null,
                dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                contributor(),
                accredited());

        assertThat(toPerson(refusals)).containsExactly("You have left the force");
        assertThat(refusals.getFirst().aboutPerson()).isEqualTo("Left the force on 28 February 2026");
    }

    @Test
    void aPersonSuspendedFromPostingIsToldWhy() {
        var suspension = new PostingSuspension(
                HANDLER, "Interim measure during investigation", "PSD/2026/014", Instant.EPOCH, "Rachel Owen");

        assertThat(toPerson(PostingDecision.refusals(
                        servingDogHandler(),
                        suspension,
                        dogUnitAccount(AccountStatus.ACTIVE, AccountKind.TEAM),
                        contributor(),
                        accredited())))
                .containsExactly("Your posting rights are suspended: Interim measure during investigation");
    }

    @Test
    void everyReasonThatAppliesIsGiven() {
        var lapsed = new Accreditation(
                true, List.of(new Accreditation.Gap("Data protection", LocalDate.of(2026, 1, 1))), null);

        assertThat(toPerson(PostingDecision.refusals(
                        dogHandlerWhoLeft(),
                        null,
                        dogUnitAccount(AccountStatus.SUSPENDED, AccountKind.TEAM),
                        contributor(),
                        lapsed)))
                .containsExactly(
                        "You have left the force",
                        "This account is suspended",
                        "Your data protection course expired on 1 January 2026");
    }

    @Test
    void courseTitlesReadNaturallyMidSentence() {
        assertThat(PostingDecision.lowerFirst("Operational security awareness"))
                .isEqualTo("operational security awareness");
        assertThat(PostingDecision.lowerFirst("DBS check")).isEqualTo("DBS check");
    }
}
