package org.postwatch.safeguard.engine;

import java.util.Set;

/**
 * What the engine knows about the posting force, so its own contact details and sites are not flagged.
 *
 * @param emailDomains the force's own e-mail domains, for example {@code gloucestershire.police.uk}
 * @param publishedPhoneNumbers the force's published numbers, digits only
 * @param allowedLinkDomains domains links may point to without review
 */
public record ForceProfile(
        String name, Set<String> emailDomains, Set<String> publishedPhoneNumbers, Set<String> allowedLinkDomains) {

    public ForceProfile {
        emailDomains = Set.copyOf(emailDomains);
        publishedPhoneNumbers = Set.copyOf(publishedPhoneNumbers);
        allowedLinkDomains = Set.copyOf(allowedLinkDomains);
    }

    public static ForceProfile none() {
        return new ForceProfile("", Set.of(), Set.of(), Set.of());
    }
}
