package org.postwatch.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class StaffAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void emptyFormIsShownAgainWithEveryProblemAndNothingSaved() throws Exception {
        mvc.perform(get("/admin/staff/new").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Add person")));

        mvc.perform(post("/admin/staff/new")
                        .with(demo.as("glo.admin"))
                        .with(csrf())
                        .param("email", "nope"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a given name")))
                .andExpect(content().string(Matchers.containsString("Enter an e-mail address like")));
    }

    @Test
    void validFormAddsThePersonWithTheirRoles() throws Exception {
        mvc.perform(post("/admin/staff/new")
                        .with(demo.as("glo.admin"))
                        .with(csrf())
                        .param("givenName", "Nia")
                        .param("familyName", "Evans")
                        .param("staffType", "SPECIAL_CONSTABLE")
                        .param("rank", "Special Constable")
                        .param("unit", "Special Constabulary")
                        .param("email", "nia.evans@gloucestershire.police.uk")
                        .param("roles", "CONTRIBUTOR"))
                .andExpect(redirectedUrlPattern("/admin/staff/*"));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/staff/new").with(demo.as("glo.admin")).param("givenName", "Forged"))
                .andExpect(status().isForbidden());
    }
}
