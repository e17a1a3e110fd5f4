package org.postwatch.safeguard.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A case before the courts that posts must not prejudice.
 *
 * @param defendants names as charged, for example "John Smith"
 * @param restrictions reporting restrictions in force, in words
 * @param protectedNames people with lifelong or court-ordered anonymity (complainants, children)
 */
public record ActiveCase(
        String reference,
        List<String> defendants,
        String offence,
        String court,
        LocalDate nextHearing,
        List<String> restrictions,
        List<String> protectedNames) {

    public ActiveCase {
        defendants = List.copyOf(defendants);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        protectedNames = protectedNames == null ? List.of() : List.copyOf(protectedNames);
    }
}
