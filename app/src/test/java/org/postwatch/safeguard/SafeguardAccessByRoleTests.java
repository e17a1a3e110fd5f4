package org.postwatch.safeguard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class SafeguardAccessByRoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.handler,       /safeguard/check,                         200",
        "glo.inspector,     /safeguard/check,                         200",
        "glo.training,      /safeguard/before-you-post,               200",
        "glo.psd,           /safeguard/before-you-post,               200",
        "glo.admin,         /safeguard/policy,                        200",
        "glo.admin,         /safeguard/policy/versions/1,             200",
        "glo.admin,         /safeguard/policy/drafts/new,             200",
        "glo.admin,         /safeguard/policy/versions/2/edit,        200",
        "glo.admin,         /safeguard/policy/versions/2/evaluation,  200",
        "glo.admin,         /safeguard/policy/examples,               200",
        "glo.admin,         /safeguard/policy/examples/download,      200",
        "glo.reviewer,      /safeguard/policy,                        403",
        "glo.handler,       /safeguard/policy/versions/1,             403",
        "glo.psd,           /safeguard/policy/examples,               403",
        "glo.reviewer,      /safeguard/cases,                         200",
        "glo.accounts,      /safeguard/cases,                         200",
        "glo.psd,           /safeguard/cases/new,                     200",
        "glo.handler,       /safeguard/cases,                         403",
        "glo.admin,         /safeguard/cases,                         403",
        "glo.inspector,     /safeguard/cases/new,                     403",
    })
    void pagesAreOpenOnlyToTheRolesThatNeedThem(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @Test
    void changesAreRefusedToOtherRoles() throws Exception {
        mvc.perform(post("/safeguard/policy/versions/2/activate")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("reason", "Because"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/safeguard/cases/new")
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("reference", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/safeguard/check"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/safeguard/before-you-post"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void navigationAndHomePanelsFollowTheRoles() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(content().string(containsString("href=\"/safeguard/check\"")))
                .andExpect(content().string(containsString("href=\"/safeguard/before-you-post\"")))
                .andExpect(content().string(not(containsString("href=\"/safeguard/policy\""))))
                .andExpect(content().string(not(containsString("href=\"/safeguard/cases\""))));
        mvc.perform(get("/").with(demo.as("glo.admin")))
                .andExpect(content().string(containsString("href=\"/safeguard/policy\"")))
                .andExpect(content().string(containsString("Version 1 (2025.1) is active since")))
                .andExpect(content().string(containsString("The force&#39;s own phone numbers and websites")));
        mvc.perform(get("/").with(demo.as("sta.psd")))
                .andExpect(content().string(containsString("href=\"/safeguard/cases\"")))
                .andExpect(content().string(containsString("Active court cases")));
    }
}
