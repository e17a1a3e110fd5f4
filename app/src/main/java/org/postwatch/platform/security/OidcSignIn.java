package org.postwatch.platform.security;

import org.postwatch.platform.IdentityProviderAccounts;
import org.postwatch.platform.PostwatchPrincipal;
import org.postwatch.platform.PostwatchUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OpenID Connect sign-in: the identity provider proves who the person is; their staff record, found by e-mail,
 * decides their force and roles. A person without an active staff record cannot sign in.
 */
class OidcSignIn extends OidcUserService {

    private final IdentityProviderAccounts accounts;

    OidcSignIn(IdentityProviderAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidcUser = super.loadUser(request);
        String email =
                firstNonBlank(oidcUser.getEmail(), oidcUser.getPreferredUsername(), oidcUser.getClaimAsString("upn"));
        if (email == null) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("no_email", "The identity provider did not send an e-mail address", null));
        }
        PostwatchUser user = accounts.findActiveByEmail(email)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(
                        "no_staff_record", "No active staff record matches " + email + " in Postwatch", null)));
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new StaffOidcUser(authorities, oidcUser, user);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank() && value.contains("@")) {
                return value.trim();
            }
        }
        return null;
    }

    static final class StaffOidcUser extends DefaultOidcUser implements PostwatchPrincipal {

        private final PostwatchUser user;

        StaffOidcUser(java.util.Collection<SimpleGrantedAuthority> authorities, OidcUser oidcUser, PostwatchUser user) {
            super(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
            this.user = user;
        }

        @Override
        public PostwatchUser postwatchUser() {
            return user;
        }

        @Override
        public String getName() {
            return user.username();
        }
    }
}
