package org.postwatch.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether every course required for a kind of account on a channel is current for a person.
 *
 * @param ruleExists false when no accreditation rule covers that kind and channel: nobody is accredited for it
 * @param gaps required courses that are missing or expired
 * @param lapsesOn when accredited, the day the first required course expires; otherwise null
 */
public record Accreditation(boolean ruleExists, List<Gap> gaps, LocalDate lapsesOn) {

    public Accreditation {
        gaps = List.copyOf(gaps);
    }

    /** A required course the person has never completed ({@code expiredOn} null) or whose completion has expired. */
    public record Gap(String course, LocalDate expiredOn) {}

    public boolean accredited() {
        return ruleExists && gaps.isEmpty();
    }

    public static Accreditation noRule() {
        return new Accreditation(false, List.of(), null);
    }
}
