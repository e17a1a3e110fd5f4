package org.postwatch.platform.security;

import java.time.Duration;
import java.util.Set;
import org.postwatch.platform.ApiTokenAuthenticator;
import org.postwatch.platform.IdentityProviderAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/** Filter chains only in a web application: commands such as {@code audit verify} start without a web server. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** The REST API: personal API tokens only, no cookies, so no CSRF; errors as problem details. */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenAuthenticator tokens, JsonMapper json) throws Exception {
        var unauthorized = ProblemResponses.unauthorized(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                .addFilterAfter(new TenancyFilter(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    /** The web pages: password or identity-provider sign-in, sessions in the database, CSRF on every form. */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            IdentityProviderAccounts identityProviderAccounts,
            @Value("${postwatch.security.login-attempts-per-address:30}") int attemptsPerAddress,
            @Value("${postwatch.security.login-window:PT10M}") Duration loginWindow)
            throws Exception {
        var loginThrottle = new LoginThrottle(attemptsPerAddress, loginWindow);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/webjars/**",
                                "/assets/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/sandbox/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new TenancyFilter(), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(pageRequestsOnly()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(sessionEndedOrForbidden()))
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (clientRegistrations.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcSignIn(identityProviderAccounts))));
        }
        return http.build();
    }

    /**
     * A form sent after the session ended (timed out, or signed out in another window) fails its CSRF check. The 403
     * page then says the session has ended, not that the person's roles do not allow it: they have lost a session, not
     * a permission, and need to know that what they sent was not saved.
     */
    private static AccessDeniedHandler sessionEndedOrForbidden() {
        var forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                request.setAttribute("sessionEnded", true);
            }
            forbidden.handle(request, response, denied);
        };
    }

    /** After sign-in, return people to the page they asked for, never to a font, script or image. */
    private static HttpSessionRequestCache pageRequestsOnly() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(html);
        return cache;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
