package org.postwatch.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwatch.support.AccountsAndTraining.today;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.StaffId;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class ExpiryNoticesTests {

    @Autowired
    ExpiryNotices notices;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Test
    void peopleAreToldThirtyDaysBeforeACourseExpiresOnceAndUntilTheyRenewIt() {
        StaffId officer = given.newOfficer("glo.admin", "Kit");
        // Data protection stays current for 12 months: this completion expires in 30 days.
        given.completed("glo.training", officer, "DPA", today().minusMonths(12).plusDays(30));
        // Expires in 31 days: too early for a notice.
        given.completed(
                "glo.training", officer, "OPSEC", today().minusMonths(12).plusDays(31));
        var gloucestershire = demo.force("GLO");

        int first = notices.issue(gloucestershire, today());
        int again = notices.issue(gloucestershire, today());

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(again).isZero();
        var open = SignedIn.as(demo.user("glo.training"), () -> notices.openFor(officer));
        assertThat(open).singleElement().satisfies(n -> {
            assertThat(n.course().code()).isEqualTo("DPA");
            assertThat(n.expiresOn()).isEqualTo(today().plusDays(30));
        });

        given.completed("glo.training", officer, "DPA", today());

        assertThat(SignedIn.as(demo.user("glo.training"), () -> notices.openFor(officer)))
                .isEmpty();
    }

    @Test
    void theNoticeShowsOnThePersonsHomePage() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("Your posting rights")))
                .andExpect(content()
                        .string(Matchers.containsString("Your data protection course expires on "
                                + new LondonTime().date(today().plusDays(20)))))
                .andExpect(content().string(Matchers.containsString("You may post to @GlosPoliceDogs")));
    }
}
