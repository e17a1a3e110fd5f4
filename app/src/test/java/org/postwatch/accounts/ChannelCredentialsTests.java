package org.postwatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class ChannelCredentialsTests {

    static final String TOKEN = "EAAGm0PX4ZCpsBA-glos-dogs-page-token-0123456789";

    @Autowired
    ChannelCredentials credentials;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    PostwatchUser manager() {
        return demo.user("glo.accounts");
    }

    @Test
    void storedCredentialsAreEncryptedInTheDatabaseAndDecryptOnlyForTheConnector() {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.FACEBOOK);
        SignedIn.as(
                manager(), () -> credentials.store(account, Map.of("pageId", "1029384756", "pageAccessToken", TOKEN)));

        byte[] sealed =
                Tenancy.asSystem(() -> jdbc.sql("select sealed from accounts.channel_credential where account_id = ?")
                        .param(account.value())
                        .query(byte[].class)
                        .single());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(TOKEN)
                .doesNotContain("1029384756");

        ForceId gloucestershire = demo.force("GLO");
        ConnectorCredentials opened = Tenancy.asForce(gloucestershire, () -> credentials.forConnector(account));
        assertThat(opened.get("pageAccessToken")).isEqualTo(TOKEN);
        assertThat(opened.get("pageId")).isEqualTo("1029384756");
        assertThat(opened.toString()).doesNotContain(TOKEN);
        assertThat(auditActions(account)).contains("account.credentials-stored", "account.credentials-used");
    }

    @Test
    void credentialsAreNeverReleasedInsideAPersonsRequest() {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        SignedIn.as(manager(), () -> credentials.store(account, Map.of("sandboxToken", TOKEN)));

        assertThatThrownBy(() -> SignedIn.as(manager(), () -> credentials.forConnector(account)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only to background connector work");
    }

    @Test
    void credentialsStoredWithAnotherKeyFailClearly() {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        SignedIn.as(manager(), () -> credentials.store(account, Map.of("sandboxToken", TOKEN)));
        Tenancy.asSystem(() -> jdbc.sql(
                        "update accounts.channel_credential set key_fingerprint = 'an-older-key' where account_id = ?")
                .param(account.value())
                .update());

        assertThatThrownBy(() -> Tenancy.asForce(demo.force("GLO"), () -> credentials.forConnector(account)))
                .isInstanceOf(CredentialsUnreadableException.class)
                .hasMessageContaining("stored with a different encryption key");
    }

    @Test
    void missingRequiredFieldsAreRefusedAndNothingIsStored() {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.MASTODON);

        assertThatThrownBy(() -> SignedIn.as(
                        manager(), () -> credentials.store(account, Map.of("instanceUrl", "http://insecure.example"))))
                .hasMessage("Instance URL must be an https:// address");
        assertThatThrownBy(() -> SignedIn.as(
                        manager(), () -> credentials.store(account, Map.of("instanceUrl", "https://mastodon.example"))))
                .hasMessage("Enter the access token");
        assertThat(SignedIn.as(manager(), () -> credentials.status(account))).isEmpty();
    }

    @Test
    void thePageSaysWhenCredentialsWereStoredButNeverShowsThem() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);

        mvc.perform(post("/accounts/" + account + "/credentials")
                        .param("field-sandboxToken", TOKEN)
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(redirectedUrl("/accounts/" + account));

        mvc.perform(get("/accounts/" + account).with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Stored on")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(TOKEN))));
        mvc.perform(get("/accounts/" + account + "/credentials").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("sandboxToken")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(TOKEN))));
    }

    @Test
    void onlyAccountManagersReachTheCredentialsPage() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);

        mvc.perform(get("/accounts/" + account + "/credentials").with(demo.as("glo.reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/accounts/" + account).with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Channel credentials"))));
    }

    @Test
    void removingCredentialsNeedsAReasonAndIsRecorded() {
        AccountId account = given.newTeamAccount("glo.accounts", Channel.SANDBOX);
        SignedIn.as(manager(), () -> credentials.store(account, Map.of("sandboxToken", TOKEN)));

        assertThatThrownBy(() -> SignedIn.as(manager(), () -> credentials.remove(account, " ")))
                .hasMessage("Give a reason for removing the credentials");
        SignedIn.as(manager(), () -> credentials.remove(account, "Token revoked at the platform"));

        assertThat(SignedIn.as(manager(), () -> credentials.status(account))).isEmpty();
        assertThat(auditActions(account)).contains("account.credentials-removed");
    }

    java.util.List<String> auditActions(AccountId account) {
        return Tenancy.asSystem(
                () -> jdbc.sql("select action from audit.entry where record_type = 'account' and record_id = ?")
                        .param(account.toString())
                        .query(String.class)
                        .list());
    }
}
