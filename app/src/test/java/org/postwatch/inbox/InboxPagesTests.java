package org.postwatch.inbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class InboxPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    InboxFixtures fixtures;

    @Test
    void reviewersSeeTheRiskToLifeBannerOnEveryPageAndTheInboxInTheNavigation() throws Exception {
        mvc.perform(get("/").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Risk to life in the inbox")))
                .andExpect(content().string(Matchers.containsString("Inbox (")));
        mvc.perform(get("/").with(demo.as("glo.training")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Risk to life in the inbox"))));
    }

    @Test
    void theQueueFragmentIsServedForPolling() throws Exception {
        mvc.perform(get("/inbox/queue").with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 10s\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    }

    @Test
    void theLiveCheckShowsTheOutcomeAsTheReplyIsTyped() throws Exception {
        InboundItemId item = fixtures.arrives(demo.force("GLO"), "@GlosPoliceDogs", "Who was hurt?");

        mvc.perform(post("/inbox/{id}/check", item)
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("text", "Victim Jane Smith, 34, was assaulted on Elm Road last night. Call 101."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("live-outcome")))
                .andExpect(content().string(Matchers.containsString("Blocked")));
    }

    @Test
    void aReplySentFromThePageGoesBackToTheConversationAndAnEmptyOneSaysWhatIsMissing() throws Exception {
        InboundItemId item = fixtures.arrives(demo.force("GLO"), "@GlosPoliceDogs", "Do the dogs have names?");

        mvc.perform(post("/inbox/{id}/reply", item)
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Write your reply")));
        mvc.perform(post("/inbox/{id}/reply", item)
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("text", "They do! Meet Bramble, Juno and Flint on our page."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Your reply is being published"));
    }

    @Test
    void aHandOffWithoutAReferenceKeepsTheFormAndSaysWhatIsMissing() throws Exception {
        InboundItemId item = fixtures.arrives(demo.force("GLO"), "@StroudPolice", "I know who broke into the shop");

        mvc.perform(post("/inbox/{id}/escalate", item)
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("handoffTo", "Force intelligence bureau")
                        .param("reference", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the reference you were given")))
                .andExpect(content().string(Matchers.containsString("Force intelligence bureau")));
    }

    @Test
    void settingsAreForReviewersAndAccountManagersOnly() throws Exception {
        mvc.perform(get("/inbox/settings").with(demo.as("glo.accounts")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Keyword routes")));
        mvc.perform(get("/inbox/settings").with(demo.as("glo.handler"))).andExpect(status().isForbidden());
        mvc.perform(post("/inbox/settings/routes")
                        .with(demo.as("glo.reviewer"))
                        .with(csrf())
                        .param("keyword", "")
                        .param("team", "Dog Unit"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a keyword")));
    }

    @Test
    void aResponseTargetThatIsNotANumberKeepsEveryTargetAsTyped() throws Exception {
        var request = post("/inbox/settings/sla")
                .with(demo.as("glo.reviewer"))
                .with(csrf())
                .param("officeStart", "07:30")
                .param("officeEnd", "17:00");
        InboundCategory mistyped = InboundCategory.values()[1];
        for (InboundCategory category : InboundCategory.values()) {
            request.param(
                    "minutes-" + category.name(),
                    category == mistyped ? "an hour" : category == InboundCategory.RISK_TO_LIFE ? "10" : "95");
        }

        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("as a whole number of minutes")))
                .andExpect(content().string(Matchers.containsString("value=\"an hour\"")))
                .andExpect(content().string(Matchers.containsString("value=\"95\"")))
                .andExpect(content().string(Matchers.containsString("value=\"07:30\"")))
                .andExpect(content().string(Matchers.containsString("value=\"17:00\"")));
    }
}
