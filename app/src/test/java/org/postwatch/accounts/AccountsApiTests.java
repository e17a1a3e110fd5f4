package org.postwatch.accounts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class AccountsApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    String bearer(String username) {
        return "Bearer " + demo.login(username).token();
    }

    @ParameterizedTest(name = "{0} gets {1} from the accounts list")
    @CsvSource({
        "glo.accounts,  200",
        "glo.reviewer,  200",
        "glo.psd,       200",
        "glo.admin,     200",
        "glo.handler,   403",
        "glo.training,  403",
        "glo.inspector, 403",
    })
    void theAccountsListIsForThoseWhoManageOrOverseeAccounts(String username, int expected) throws Exception {
        mvc.perform(get("/api/v1/accounts").header("Authorization", bearer(username)))
                .andExpect(status().is(expected));
    }

    @Test
    void anAccountComesWithItsContributorsAndWhetherTheyCanPost() throws Exception {
        String list = mvc.perform(get("/api/v1/accounts")
                        .param("kind", "CORPORATE")
                        .header("Authorization", bearer("glo.accounts")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(list, "$[0].id");

        mvc.perform(get("/api/v1/accounts/" + id).header("Authorization", bearer("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.handle").value("@GlosPolice"))
                .andExpect(jsonPath("$.contributors[?(@.name == 'Jo Bennett')].mayPost")
                        .value(Matchers.contains(false)))
                .andExpect(jsonPath("$.contributors[?(@.name == 'Chris Morgan')].mayPost")
                        .value(Matchers.contains(true)));
    }

    @ParameterizedTest(name = "{0} asking about {1} gets {2}")
    @CsvSource({
        "glo.handler,   glo.handler, 200",
        "glo.handler,   glo.reviewer, 403",
        "glo.accounts,  glo.handler, 200",
        "glo.training,  glo.handler, 200",
        "glo.admin,     glo.handler, 200",
        "glo.reviewer,  glo.handler, 403",
        "glo.psd,       glo.handler, 403",
        "glo.accounts,  sta.handler, 404",
        "glo.admin,     sta.handler, 404",
    })
    void postingRightsAreForThePersonAndThoseWhoManageThem(String caller, String about, int expected) throws Exception {
        var result = mvc.perform(get("/api/v1/staff/" + demo.user(about).staffId() + "/posting-rights")
                        .header("Authorization", bearer(caller)))
                .andExpect(status().is(expected));
        if (expected != 200) {
            result.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void theDogHandlerMayPostToTheDogUnitAccountAndTheReviewerIsToldWhyNot() throws Exception {
        mvc.perform(get("/api/v1/staff/" + demo.user("glo.handler").staffId() + "/posting-rights")
                        .header("Authorization", bearer("glo.handler")))
                .andExpect(jsonPath("$.accounts[0].handle").value("@GlosPoliceDogs"))
                .andExpect(jsonPath("$.accounts[0].level").value("POST_WITH_CHECKS"))
                .andExpect(jsonPath("$.accounts[0].allowed").value(true));
        mvc.perform(get("/api/v1/staff/" + demo.user("glo.reviewer").staffId() + "/posting-rights")
                        .header("Authorization", bearer("glo.reviewer")))
                .andExpect(jsonPath("$.accounts[0].handle").value("@GlosPolice"))
                .andExpect(jsonPath("$.accounts[0].allowed").value(false))
                .andExpect(jsonPath("$.accounts[0].reasons[0]")
                        .value(Matchers.startsWith("Your operational security awareness course expired on")));
    }
}
