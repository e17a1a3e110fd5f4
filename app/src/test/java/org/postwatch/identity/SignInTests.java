package org.postwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.postwatch.identity.domain.Credentials;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PostwatchIntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Credentials credentials;

    @Autowired
    StaffAdministration administration;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void correctPasswordSignsIn() throws Exception {
        var login = demo.login("glo.reviewer");

        mvc.perform(post("/login")
                        .param("username", login.username())
                        .param("password", login.password())
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHashNeverInClear() {
        var login = demo.login("glo.training");
        String stored = Tenancy.asSystem(
                () -> credentials.findByUsername(login.username()).orElseThrow().passwordHash());

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(login.password());
    }

    @Test
    void accountLocksAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        String username = newPersonWithPassword("locked.out", "right-password-123");

        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login")
                            .param("username", username)
                            .param("password", "wrong")
                            .with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", "right-password-123")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));

        long lockAudits =
                Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action = 'sign-in.locked'")
                        .query(Long.class)
                        .single());
        assertThat(lockAudits).isPositive();
    }

    @Test
    void personWhoHasLeftCannotSignIn() throws Exception {
        String username = newPersonWithPassword("has.left", "another-password-456");
        var admin = demo.user("glo.admin");
        StaffId id = Tenancy.asSystem(
                () -> credentials.findByUsername(username).orElseThrow().staff());
        SignedIn.as(admin, () -> administration.leave(id, java.time.LocalDate.now(), "Retired"));

        mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", "another-password-456")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    private String newPersonWithPassword(String username, String password) {
        var admin = demo.user("glo.admin");
        return SignedIn.as(admin, () -> {
            StaffId id = administration.add(
                    new StaffDetails(
                            "Test",
                            username,
                            StaffType.POLICE_STAFF,
                            "Clerk",
                            null,
                            "Records",
                            username + "@gloucestershire.police.uk"),
                    EnumSet.of(Role.CONTRIBUTOR));
            transactions.executeWithoutResult(
                    s -> credentials.create(id, admin.forceId(), username, passwords.encode(password)));
            return username;
        });
    }
}
