package org.postwatch.platform;

import java.util.Optional;

/** Maps a person signed in at the force's identity provider (for example Microsoft Entra ID) to their staff record. */
public interface IdentityProviderAccounts {

    /** The active staff member with this e-mail address, or empty when there is none. */
    Optional<PostwatchUser> findActiveByEmail(String email);
}
