package org.postwatch.accounts.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accreditation;
import org.postwatch.accounts.PostingSuspension;
import org.postwatch.identity.StaffMember;

/**
 * The rules of posting rights, in one place: a person may post to an account only if they are a serving member of
 * staff, not suspended from posting, a contributor on the account, accredited for it, and the account is ACTIVE and
 * governed by the force. Every rule that fails gives a reason, in words for the person and for their managers.
 */
public final class PostingDecision {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Why someone may not post: addressed to them ("Your ...") and about them, for account managers. */
    public record Refusal(String toPerson, String aboutPerson) {}

    private PostingDecision() {}

    /**
     * @param member the person, or null when they have no staff record in this force
     * @param suspension their current posting suspension, or null
     * @param contributor their current entry on the account, or null
     * @param accreditation whether they are accredited for the account; only consulted for contributors
     */
    public static List<Refusal> refusals(
            StaffMember member,
            PostingSuspension suspension,
            AccountSummary account,
            Contributor contributor,
            Accreditation accreditation) {
        List<Refusal> refusals = new ArrayList<>();
        if (member == null) {
            refusals.add(same("There is no staff record for this person in the force"));
        } else if (!member.isActive()) {
            refusals.add(new Refusal(
                    "You have left the force",
                    "Left the force" + (member.leftOn() == null ? "" : " on " + DATE.format(member.leftOn()))));
        }
        if (suspension != null) {
            refusals.add(new Refusal(
                    "Your posting rights are suspended: " + suspension.reason(),
                    "Posting rights suspended: " + suspension.reason()));
        }
        switch (account.status()) {
            case SUSPENDED -> refusals.add(same("This account is suspended"));
            case CLOSED -> refusals.add(same("This account is closed"));
            case TRANSFER_PENDING -> refusals.add(same("This account is awaiting transfer to the force"));
            case ACTIVE -> {
                if (account.kind() == AccountKind.UNOFFICIAL) {
                    refusals.add(same("This account is unofficial: it must be transferred to the force first"));
                }
            }
        }
        if (contributor == null) {
            refusals.add(new Refusal(
                    "You are not a contributor on " + account.handle(), "Not a contributor on " + account.handle()));
        } else if (accreditation != null && !accreditation.accredited()) {
            refusals.addAll(accreditationRefusals(account, accreditation));
        }
        return refusals;
    }

    static List<Refusal> accreditationRefusals(AccountSummary account, Accreditation accreditation) {
        if (!accreditation.ruleExists()) {
            String what = account.kind().label().toLowerCase(Locale.ROOT) + " accounts on "
                    + account.channel().label();
            return List.of(new Refusal(
                    "No accreditation rule covers " + what + " yet: ask your training administrator",
                    "No accreditation rule covers " + what + " yet"));
        }
        return accreditation.gaps().stream()
                .map(gap -> gap.expiredOn() == null
                        ? new Refusal(
                                "You have not completed the " + lowerFirst(gap.course()) + " course",
                                "Has not completed the " + lowerFirst(gap.course()) + " course")
                        : new Refusal(
                                "Your " + lowerFirst(gap.course()) + " course expired on "
                                        + DATE.format(gap.expiredOn()),
                                gap.course() + " course expired on " + DATE.format(gap.expiredOn())))
                .toList();
    }

    /** "Operational security awareness" reads as "operational security awareness" mid-sentence; "DBS check" stays. */
    static String lowerFirst(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static Refusal same(String text) {
        return new Refusal(text, text);
    }
}
