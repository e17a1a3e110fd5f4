package org.postwatch.platform;

import java.util.Optional;

/** Turns a bearer token into the user it was issued to, if it is valid, unexpired and not revoked. */
public interface ApiTokenAuthenticator {

    Optional<PostwatchUser> authenticate(String bearerToken);
}
