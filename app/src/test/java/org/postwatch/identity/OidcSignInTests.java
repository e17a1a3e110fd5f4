package org.postwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real OpenID Connect sign-in against a local identity provider, matched to a staff record by e-mail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OidcSignInTests {

    static final MockOAuth2Server identityProvider = started();

    @LocalServerPort
    int port;

    static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void entra(DynamicPropertyRegistry registry) {
        // Its own demo-credentials file: the shared integration-test context reads target/test-data.
        registry.add("postwatch.data-dir", () -> "target/test-data-oidc");
        registry.add("spring.security.oauth2.client.registration.entra.client-id", () -> "postwatch");
        registry.add("spring.security.oauth2.client.registration.entra.client-secret", () -> "secret");
        registry.add("spring.security.oauth2.client.registration.entra.scope", () -> "openid,profile,email");
        registry.add(
                "spring.security.oauth2.client.provider.entra.issuer-uri",
                () -> identityProvider.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stop() {
        identityProvider.shutdown();
    }

    @Test
    void staffMemberSignsInThroughTheIdentityProviderAndGetsTheirPostwatchRoles() throws Exception {
        identityProvider.enqueueCallback(signedInAs("jo.bennett@gloucestershire.police.uk"));

        HttpResponse<String> home = followSignIn();

        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(home.body()).contains("Welcome, Jo Bennett").contains("Reviewer");
    }

    @Test
    void personWithoutAStaffRecordIsTurnedAway() throws Exception {
        identityProvider.enqueueCallback(signedInAs("stranger@example.org"));

        HttpResponse<String> result = followSignIn();

        assertThat(result.uri().getPath()).isEqualTo("/login");
        assertThat(result.body()).doesNotContain("Welcome");
    }

    @Test
    void signInPageOffersTheForceAccountButton() throws Exception {
        HttpResponse<String> login = client().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(login.body()).contains("Sign in with your force account");
    }

    private HttpResponse<String> followSignIn() throws Exception {
        return client().send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/entra"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
    }

    private static DefaultOAuth2TokenCallback signedInAs(String email) {
        return new DefaultOAuth2TokenCallback(
                "entra",
                "subject-" + email,
                JOSEObjectType.JWT.getType(),
                List.of("postwatch"),
                Map.of("email", email, "name", email),
                3600);
    }
}
