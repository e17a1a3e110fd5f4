package org.postwatch.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwatch.support.AccountsAndTraining.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class TrainingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} gets {1} from a Gloucestershire handler's training page")
    @CsvSource({
        "glo.training, 200",
        "glo.accounts, 200",
        "glo.admin,    200",
        "glo.reviewer, 403",
        "glo.handler,  403",
        "glo.psd,      403",
    })
    void aPersonsTrainingPageIsForTrainingAccountAndForceAdministrators(String username, int expected)
            throws Exception {
        mvc.perform(get("/training/staff/" + demo.user("glo.handler").staffId()).with(demo.as(username)))
                .andExpect(status().is(expected));
    }

    @Test
    void aCraftedStaffIdFromAnotherForceIsNotFound() throws Exception {
        StaffId staffordshire = demo.user("sta.handler").staffId();

        mvc.perform(get("/training/staff/" + staffordshire).with(demo.as("glo.training")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/staff/" + staffordshire + "/completions")
                        .param("course", UUID.randomUUID().toString())
                        .param("completedOn", today().toString())
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isNotFound());
    }

    @Test
    void trainingRecordsOfOneForceAreInvisibleToAnother() {
        ForceId gloucestershire = demo.force("GLO");
        ForceId staffordshire = demo.force("STA");

        var forcesSeen = Tenancy.asForce(
                gloucestershire,
                () -> jdbc.sql(
                                "select distinct force_id from training.completion union select distinct force_id from training.course")
                        .query(UUID.class)
                        .list());

        assertThat(forcesSeen).containsExactly(gloucestershire.value()).doesNotContain(staffordshire.value());
    }

    @Test
    void aCourseOfAnotherForceCannotBeRecorded() throws Exception {
        StaffId officer = given.newOfficer("glo.admin", "Hal");
        var staffordshireCourse = given.course(demo.user("sta.training"), "SMF");

        mvc.perform(post("/training/staff/" + officer + "/completions")
                        .param("course", staffordshireCourse.id().toString())
                        .param("completedOn", today().toString())
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a course from the catalogue")));
    }

    @Test
    void aTrainingAdministratorRecordsACompletionAndItShowsAsCurrent() throws Exception {
        StaffId officer = given.newOfficer("glo.admin", "Ivy");
        var course = given.course(demo.user("glo.training"), "OPSEC");

        mvc.perform(post("/training/staff/" + officer + "/completions")
                        .param("course", course.id().toString())
                        .param("completedOn", today().toString())
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(redirectedUrl("/training/staff/" + officer));

        mvc.perform(get("/training/staff/" + officer).with(demo.as("glo.training")))
                .andExpect(content().string(Matchers.containsString("Operational security awareness")))
                .andExpect(content().string(Matchers.containsString("Current")));
    }

    @Test
    void aMistypedCompletionIsExplainedAndNothingIsLost() throws Exception {
        StaffId officer = given.newOfficer("glo.admin", "Jon");
        var course = given.course(demo.user("glo.training"), "OPSEC");

        mvc.perform(post("/training/staff/" + officer + "/completions")
                        .param("course", course.id().toString())
                        .param("completedOn", today().plusDays(2).toString())
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is in the future")))
                .andExpect(content()
                        .string(Matchers.containsString(today().plusDays(2).toString())));
    }

    @Test
    void everyoneSeesWhyTheyCanOrCannotPostOnTheirOwnPage() throws Exception {
        mvc.perform(get("/my/posting-rights").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<title>My posting rights – Postwatch</title>")))
                .andExpect(content().string(Matchers.containsString("Accounts you cannot post to at present")))
                .andExpect(content()
                        .string(Matchers.containsString("Your operational security awareness course expired on")));
        mvc.perform(get("/my/posting-rights").with(demo.as("glo.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("@GlosPoliceDogs")))
                .andExpect(content().string(Matchers.containsString("Your data protection course expires on")));
    }

    @Test
    void aRuleChangeNeedsAReason() throws Exception {
        mvc.perform(post("/training/rules/TEAM/ALL")
                        .param("reason", "")
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Give a reason for the change")));
        mvc.perform(get("/training/rules/UNOFFICIAL/ALL").with(demo.as("glo.training")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCourseCodeIsUniqueInTheForce() throws Exception {
        mvc.perform(post("/training/courses")
                        .param("code", "smf")
                        .param("title", "Another foundations course")
                        .param("validityMonths", "24")
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Another course already has the code SMF")));
    }
}
