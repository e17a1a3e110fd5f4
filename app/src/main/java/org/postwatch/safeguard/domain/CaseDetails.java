package org.postwatch.safeguard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the force records about a case before the courts.
 *
 * @param reference the force's or court's case reference, for example a URN
 * @param defendants names as charged
 * @param restrictions reporting restrictions in force, in words (for example "Section 45 YJCEA 1999: no details
 *     identifying the 16-year-old defendant")
 * @param protectedNames people with lifelong or court-ordered anonymity: complainants of sexual offences, children
 */
public record CaseDetails(
        String reference,
        List<String> defendants,
        String offence,
        String court,
        LocalDate nextHearing,
        List<String> restrictions,
        List<String> protectedNames) {

    public CaseDetails {
        Objects.requireNonNull(reference, "reference");
        defendants = clean(defendants);
        restrictions = clean(restrictions);
        protectedNames = clean(protectedNames);
    }

    private static List<String> clean(List<String> lines) {
        return lines == null
                ? List.of()
                : lines.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }
}
