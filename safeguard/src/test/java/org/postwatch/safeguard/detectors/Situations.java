package org.postwatch.safeguard.detectors;

import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.Channel;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.ForceProfile;

/** Contexts the detector tests run in. */
final class Situations {

    private Situations() {}

    static ForceProfile gloucestershire() {
        return new ForceProfile(
                "Gloucestershire Constabulary",
                Set.of("gloucestershire.police.uk"),
                Set.of("01452726920"),
                Set.of("glos.example.org"));
    }

    static CheckContext corporatePost() {
        return new CheckContext(Channel.X, AccountKind.CORPORATE, List.of(), List.of(), gloucestershire());
    }
}
