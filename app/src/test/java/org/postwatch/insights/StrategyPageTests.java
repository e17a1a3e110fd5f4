package org.postwatch.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.insights.domain.StrategyRepository;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class StrategyPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    StrategyRepository strategies;

    @Autowired
    JdbcClient jdbc;

    Map<StrategyObjective, Integer> before;

    private Map<StrategyObjective, Integer> staffordshire() {
        return Tenancy.asForce(demo.force("STA"), () -> strategies.chosen(demo.force("STA")));
    }

    @AfterEach
    void restore() {
        if (before != null) {
            Tenancy.asForce(
                    demo.force("STA"),
                    () -> strategies.replace(demo.force("STA"), before, "Test", java.time.Instant.now()));
        }
    }

    @Test
    void anAccountManagerChoosesObjectivesAndTargetsAndTheChangeIsAudited() throws Exception {
        before = staffordshire();
        mvc.perform(post("/insights/strategy")
                        .param("objective", "ENGAGEMENT", "RECRUITMENT")
                        .param("target-ENGAGEMENT", "60")
                        .param("target-RECRUITMENT", "")
                        .with(demo.as("sta.accounts"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/insights/strategy"));

        assertThat(staffordshire())
                .containsEntry(StrategyObjective.ENGAGEMENT, 60)
                .containsEntry(StrategyObjective.RECRUITMENT, null)
                .hasSize(2);
        String details = Tenancy.asSystem(() -> jdbc.sql("""
                        select details::text from audit.entry where force_id = ? and action = 'insights.strategy-changed'
                         order by id desc limit 1
                        """)
                .param(demo.force("STA").value())
                .query(String.class)
                .single());
        assertThat(details).contains("ENGAGEMENT (60 a month), RECRUITMENT");
    }

    @Test
    void aTargetThatIsNotANumberIsExplainedAndNothingTypedIsLost() throws Exception {
        before = staffordshire();
        String page = mvc.perform(post("/insights/strategy")
                        .param("objective", "ENGAGEMENT")
                        .param("target-ENGAGEMENT", "lots")
                        .param("target-ROAD_SAFETY", "12")
                        .with(demo.as("sta.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Enter the target for Engagement as a whole number of posts a month, like 20")
                .contains("Choose Road safety to give it a target, or clear the target")
                .contains("value=\"lots\"");
        assertThat(staffordshire()).isEqualTo(before);
    }

    @Test
    void choosingNoObjectiveIsRefused() throws Exception {
        before = staffordshire();
        String page = mvc.perform(
                        post("/insights/strategy").with(demo.as("sta.accounts")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Choose at least one objective");
        assertThat(staffordshire()).isEqualTo(before);
    }

    @Test
    void aReviewerReadsTheStrategyButCannotChangeIt() throws Exception {
        mvc.perform(post("/insights/strategy")
                        .param("objective", "ENGAGEMENT")
                        .with(demo.as("sta.reviewer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
