package org.postwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class ApiTokenTests {

    @Autowired
    ApiTokens tokens;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tokenIsShownOnceStoredHashedUsableAndRevocable() throws Exception {
        var psd = demo.user("glo.psd");
        var issued = SignedIn.as(psd, () -> tokens.issue("FOI script", Duration.ofDays(7)));

        long clearCopies = Tenancy.asSystem(() -> jdbc.sql("select count(*) from identity.api_token where"
                        + " encode(token_hash, 'escape') like ? or token_prefix = ?")
                .params("%" + issued.secret() + "%", issued.secret())
                .query(Long.class)
                .single());
        assertThat(clearCopies).isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forceCode").value("GLO"))
                .andExpect(jsonPath("$.roles[0]").value("PROFESSIONAL_STANDARDS"));

        SignedIn.as(psd, () -> tokens.revoke(issued.id()));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        var reviewer = demo.user("glo.reviewer");
        var issued = SignedIn.as(reviewer, () -> tokens.issue("short", Duration.ofDays(1)));
        Tenancy.asSystem(
                () -> jdbc.sql("update identity.api_token set expires_at = now() - interval '1 minute' where id = ?")
                        .param(issued.id())
                        .update());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyCanRevokeAnotherPersonsToken() {
        var owner = demo.user("glo.reviewer");
        var other = demo.user("glo.handler");
        var issued = SignedIn.as(owner, () -> tokens.issue("mine", Duration.ofDays(1)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(other, () -> tokens.revoke(issued.id())))
                .isInstanceOf(org.postwatch.platform.RecordNotFoundException.class);
    }
}
