package org.postwatch.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.accounts.Accounts;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class PostsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Accounts accounts;

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.handler,  /posts/new,      200",
        "glo.handler,  /posts,          200",
        "glo.handler,  /posts/scheduled, 200",
        "glo.handler,  /review,         403",
        "glo.reviewer, /review,         200",
        "glo.reviewer, /posts/failed,   200",
        "glo.handler,  /posts/failed,   403",
        "glo.handler,  /review/settings, 403",
        "glo.admin,    /review/settings, 200",
    })
    void pagesAreForTheirRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @Test
    void autosaveKeepsWhatIsTypedAndSaysWhen() throws Exception {
        String id = autosaveForTheDogUnit("Half-written thought about PD Max", Matchers.containsString("Saved at"));
        assertThat(id).hasSize(36);
        mvc.perform(get("/posts/" + id + "/edit").with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("Half-written thought about PD Max")));
        mvc.perform(get("/posts/" + id).with(demo.as("glo.neighbourhood"))).andExpect(status().isNotFound());
        mvc.perform(get("/posts/" + id).with(demo.as("sta.reviewer"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0} on {1}: only {2} is the current page")
    @CsvSource({
        "glo.handler,  /posts/new,       Write a post",
        "glo.handler,  /posts,           My posts",
        "glo.reviewer, /posts/calendar,  Calendar",
        "glo.admin,    /review/settings, Review time target",
        "glo.accounts, /inbox/settings,  Inbox settings",
    })
    void theNavigationMarksOnlyTheClosestItemAsTheCurrentPage(String username, String path, String item)
            throws Exception {
        String page = mvc.perform(get(path).with(demo.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.split("aria-current=\"page\"", -1))
                .as("items marked current")
                .hasSize(2);
        assertThat(page).containsPattern("aria-current=\"page\">\\s*<strong[^>]*>" + item + "</strong>");
    }

    @Test
    void deletingADraftAsksFirstAndOnlyTheYesDeletesIt() throws Exception {
        String id = autosaveForTheDogUnit(
                "PD Bruno passed his licensing today, well done to him and PC Hale", Matchers.anything());

        // the Delete button on the post asks, showing the post and the reason given
        mvc.perform(post("/posts/" + id + "/delete")
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("reason", "Posted on the force account instead"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Delete this post?")))
                .andExpect(content().string(Matchers.containsString("PD Bruno passed his licensing today")))
                .andExpect(content().string(Matchers.containsString("Posted on the force account instead")))
                .andExpect(content().string(Matchers.containsString("No, keep it")));
        // the question alone deletes nothing: the post is still a draft with its Delete form (shown only before
        // deletion), and still listed on /posts
        mvc.perform(get("/posts/" + id).with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("Draft")))
                .andExpect(content().string(Matchers.containsString("class=\"pw-delete\"")));
        mvc.perform(get("/posts").with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString(id)));

        // another force's user posting the delete (without "confirmed") gets a not-found, not the confirm page
        mvc.perform(post("/posts/" + id + "/delete")
                        .with(demo.as("sta.handler"))
                        .with(csrf())
                        .param("reason", "Posted on the force account instead"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/posts/" + id + "/delete")
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .param("reason", "Posted on the force account instead")
                        .param("confirmed", "yes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/posts/" + id).with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.containsString("Posted on the force account instead")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("class=\"pw-delete\""))));
        mvc.perform(get("/posts").with(demo.as("glo.handler")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(id))));

        // a deleted post is not asked about again: no confirm page, back to the post
        mvc.perform(post("/posts/" + id + "/delete")
                        .with(demo.as("glo.handler"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theReviewQueueListsTheDemoPostHeldByTheNeighbourhoodOfficersLevel() throws Exception {
        mvc.perform(get("/review").with(demo.as("glo.reviewer")))
                .andExpect(content().string(Matchers.containsString("Bike marking")))
                .andExpect(content().string(Matchers.containsString("level needs review")));
    }

    /**
     * Autosaves a draft for the dog unit's account as the demo handler and returns the new post's id, checking the
     * autosave fragment against {@code fragment}.
     */
    private String autosaveForTheDogUnit(String text, org.hamcrest.Matcher<? super String> fragment) throws Exception {
        String dogs = Tenancy.asForce(
                        demo.force("GLO"),
                        () -> accounts.all().stream()
                                .filter(a -> a.handle().equals("@GlosPoliceDogs"))
                                .findFirst()
                                .orElseThrow())
                .id()
                .toString();
        String html = mvc.perform(post("/posts/autosave")
                        .with(demo.as("glo.handler"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("accounts", dogs)
                        .param("text", text)
                        .param("objective", "ENGAGEMENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(fragment))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return html.replaceAll("(?s).*id=\"post-id\" value=\"([0-9a-f-]+)\".*", "$1");
    }
}
