package org.postwatch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwatch.support.AccountsAndTraining.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class AccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.accounts,      /accounts,                 200",
        "glo.reviewer,      /accounts,                 200",
        "glo.psd,           /accounts,                 200",
        "glo.admin,         /accounts,                 200",
        "glo.handler,       /accounts,                 403",
        "glo.training,      /accounts,                 403",
        "glo.inspector,     /accounts,                 403",
        "glo.accounts,      /accounts/alerts,          200",
        "glo.handler,       /accounts/alerts,          403",
        "glo.accounts,      /accounts/new,             200",
        "glo.reviewer,      /accounts/new,             403",
        "glo.admin,         /accounts/new,             403",
        "glo.handler,       /my/posting-rights,        200",
        "glo.inspector,     /my/posting-rights,        200",
        "glo.training,      /training,                 200",
        "glo.training,      /training/courses,         200",
        "glo.training,      /training/rules,           200",
        "glo.training,      /training/import,          200",
        "glo.accounts,      /training,                 403",
        "glo.handler,       /training/courses,         403",
        "glo.admin,         /training/rules,           403",
        "glo.handler,       /training/import,          403",
    })
    void pagesAreOpenOnlyToTheRolesThatNeedThem(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} gets {2} from the {1} page of an account")
    @CsvSource({
        "glo.accounts, '',                   200",
        "glo.reviewer, '',                   200",
        "glo.handler,  '',                   403",
        "glo.accounts, /edit,                200",
        "glo.reviewer, /edit,                403",
        "glo.accounts, /suspend,             200",
        "glo.psd,      /suspend,             403",
        "glo.accounts, /close,               200",
        "glo.admin,    /close,               403",
        "glo.accounts, /security-review,     200",
        "glo.reviewer, /security-review,     403",
        "glo.accounts, /contributors/new,    200",
        "glo.reviewer, /contributors/new,    403",
        "glo.accounts, /credentials,         200",
        "glo.admin,    /credentials,         403",
    })
    void accountPagesCheckRoles(String username, String page, int expected) throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(get("/accounts/" + account + page).with(demo.as(username))).andExpect(status().is(expected));
    }

    @Test
    void onlyAccountManagersChangeAnAccount() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(post("/accounts/" + account + "/suspend")
                        .param("reason", "Because")
                        .with(csrf())
                        .with(demo.as("glo.reviewer")))
                .andExpect(status().isForbidden());
        assertThat(statusOf(account)).isEqualTo("ACTIVE");
    }

    @Test
    void aCraftedAccountIdFromAnotherForceIsNotFound() throws Exception {
        AccountId staffordshire = given.newTeamAccount("sta.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(get("/accounts/" + staffordshire).with(demo.as("glo.accounts")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + staffordshire + "/credentials").with(demo.as("glo.accounts")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/accounts/" + staffordshire + "/suspend")
                        .param("reason", "Crafted")
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts/" + staffordshire).with(demo.as("glo.accounts")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/accounts/" + UUID.randomUUID()).with(demo.as("glo.accounts")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/not-an-id").with(demo.as("glo.accounts"))).andExpect(status().isNotFound());
        assertThat(statusOf(staffordshire)).isEqualTo("ACTIVE");
    }

    @Test
    void theAccountListShowsOnlyTheForcesOwnAccounts() throws Exception {
        mvc.perform(get("/accounts").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("@GlosPoliceDogs")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("@StaffsPoliceDogs"))));
        mvc.perform(get("/api/v1/accounts").with(demo.as("sta.reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].handle", Matchers.hasItem("@StaffsPoliceDogs")))
                .andExpect(jsonPath("$[*].handle", Matchers.not(Matchers.hasItem("@GlosPoliceDogs"))));
    }

    @Test
    void theListFiltersByChannelKindStatusAndUnitAndAnswersHtmxWithTheTableOnly() throws Exception {
        mvc.perform(get("/accounts")
                        .param("channel", "SANDBOX")
                        .param("kind", "TEAM")
                        .param("status", "ACTIVE")
                        .param("unit", "Dog Unit")
                        .header("HX-Request", "true")
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("@GlosPoliceDogs")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("@GlosPolice<"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(get("/api/v1/accounts").param("kind", "UNOFFICIAL").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].handle", Matchers.contains("@StroudPCSO")));
    }

    @Test
    void aReasonIsRequiredAndTheAccountStaysAsItWas() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(post("/accounts/" + account + "/suspend")
                        .param("reason", "")
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give a reason")));
        assertThat(statusOf(account)).isEqualTo("ACTIVE");
    }

    @Test
    void anIllegalTransitionIsExplainedOnTheForm() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(post("/accounts/" + account + "/reinstate")
                        .param("reason", "Try it")
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("This account is not suspended, so it cannot be reinstated")));
    }

    @Test
    void suspendingThroughThePageRecordsTheReasonInTheHistoryAndTheAuditTrail() throws Exception {
        AccountId account = given.newTeamAccount("glo.accounts", org.postwatch.accounts.Channel.SANDBOX);

        mvc.perform(post("/accounts/" + account + "/suspend")
                        .param("reason", "Misconduct investigation into a reply")
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(redirectedUrl("/accounts/" + account));

        assertThat(statusOf(account)).isEqualTo("SUSPENDED");
        mvc.perform(get("/accounts/" + account).with(demo.as("glo.accounts")))
                .andExpect(content().string(Matchers.containsString("Misconduct investigation into a reply")))
                .andExpect(content().string(Matchers.containsString("Chris Morgan")));
        assertThat(Tenancy.asSystem(() -> jdbc.sql(
                                "select count(*) from audit.entry where action = 'account.suspended' and record_id = ?")
                        .param(account.toString())
                        .query(Long.class)
                        .single()))
                .isEqualTo(1);
    }

    @Test
    void registeringWithMistakesShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/accounts/new")
                        .param("channel", "X")
                        .param("handle", "Glos Police Horses")
                        .param("kind", "TEAM")
                        .param("displayName", "Gloucestershire Police Horses")
                        .param("purpose", "")
                        .param("owningUnit", "Mounted Section")
                        .param("assetOwner", "nobody@nowhere.example")
                        .param("followers", "lots")
                        .param("securityReviewMonths", "12")
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Say what the account is for")))
                .andExpect(content().string(Matchers.containsString("No serving member of staff matches")))
                .andExpect(content().string(Matchers.containsString("Enter the number of followers as a whole number")))
                .andExpect(content().string(Matchers.containsString("Gloucestershire Police Horses")));
    }

    @Test
    void registeringAnAccountByFormAddsItToTheRegister() throws Exception {
        String handle = "@GlosHorses" + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/accounts/new")
                        .param("channel", "X")
                        .param("handle", handle)
                        .param("kind", "TEAM")
                        .param("displayName", "Gloucestershire Police Horses")
                        .param("purpose", "The mounted section at events")
                        .param("objectives", "ENGAGEMENT", "REASSURANCE")
                        .param("owningUnit", "Mounted Section")
                        .param("assetOwner", "Chris Morgan")
                        .param("followers", "1200")
                        .param("securityReviewMonths", "6")
                        .param("lastSecurityReviewOn", today().toString())
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/accounts").param("unit", "Mounted Section").with(demo.as("glo.accounts")))
                .andExpect(jsonPath("$[*].handle", Matchers.hasItem(handle)))
                .andExpect(jsonPath(
                        "$[?(@.handle == '" + handle + "')].objectives[*]",
                        Matchers.containsInAnyOrder("ENGAGEMENT", "REASSURANCE")));
    }

    @Test
    void theAccountManagersHomePageShowsAccountAlerts() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Accounts needing attention")))
                .andExpect(content().string(Matchers.containsString("Contributor not accredited")));
        mvc.perform(get("/accounts/alerts").with(demo.as("glo.accounts")))
                .andExpect(content().string(Matchers.containsString("Cheltenham Neighbourhood Policing")))
                .andExpect(content().string(Matchers.containsString("Security review was due on")))
                .andExpect(content().string(Matchers.containsString("No post recorded since")))
                .andExpect(content().string(Matchers.containsString("The account has no contributors")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Jo Bennett cannot post: operational security awareness course expired on")));
        mvc.perform(get("/").with(demo.as("glo.reviewer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Accounts needing attention"))));
    }

    String statusOf(AccountId account) {
        return Tenancy.asSystem(() -> jdbc.sql("select status from accounts.account where id = ?")
                .param(account.value())
                .query(String.class)
                .single());
    }
}
