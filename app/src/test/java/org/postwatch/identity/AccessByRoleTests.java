package org.postwatch.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class AccessByRoleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.admin,     /admin/staff,        200",
        "glo.handler,   /admin/staff,        403",
        "glo.reviewer,  /admin/staff,        403",
        "glo.inspector, /admin/staff,        403",
        "glo.admin,     /admin/staff/import, 200",
        "glo.psd,       /admin/staff/import, 403",
        "glo.handler,   /,                   200",
        "glo.handler,   /profile,            200",
    })
    void pagesAreOpenOnlyToTheRolesThatNeedThem(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.admin,    /api/v1/staff, 200",
        "glo.handler,  /api/v1/staff, 403",
        "glo.reviewer, /api/v1/me,    200",
    })
    void apiEndpointsCheckRolesAndAnswerWithProblemDetails(String username, String path, int expected)
            throws Exception {
        var result = mvc.perform(get(path)
                        .header(
                                "Authorization",
                                "Bearer " + demo.login(username).token()))
                .andExpect(status().is(expected));
        if (expected == 403) {
            result.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(403));
        }
    }

    @org.junit.jupiter.api.Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/staff")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @org.junit.jupiter.api.Test
    void apiWithoutATokenAnswers401ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }
}
