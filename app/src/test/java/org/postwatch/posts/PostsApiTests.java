package org.postwatch.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PostwatchIntegrationTest
class PostsApiTests {

    static final String VICTIM = "Victim Jane Smith, 34, was assaulted on Elm Road last night. Call 101.";
    static final String VEHICLE = "Have you seen this silver Ford Focus, registration WX19 ABC? Call 101.";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Accounts accounts;

    @Autowired
    PostRepository repository;

    @Autowired
    TransactionTemplate transactions;

    String bearer(String username) {
        return "Bearer " + demo.login(username).token();
    }

    AccountSummary account(String force, String handle) {
        return Tenancy.asForce(
                demo.force(force),
                () -> accounts.all().stream()
                        .filter(a -> a.handle().equals(handle))
                        .findFirst()
                        .orElseThrow());
    }

    String create(String username, String handle, String text, boolean confirm) throws Exception {
        return mvc.perform(post("/api/v1/posts")
                        .header("Authorization", bearer(username))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"accounts": ["%s"], "text": "%s", "objective": "ENGAGEMENT", "confirmAdvice": %s}
                                """.formatted(account("GLO", handle).id(), text, confirm)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aPostThatNamesAVictimIsBlockedWithTheReasonAndKeptForEditing() throws Exception {
        String body = create("glo.handler", "@GlosPoliceDogs", VICTIM, false);
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("BLOCKED");
        assertThat((String) JsonPath.read(body, "$.outcome")).isEqualTo("BLOCK");
        assertThat((List<String>) JsonPath.read(body, "$.findings[*].reason"))
                .anySatisfy(r -> assertThat(r).contains("victim"));
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("glo.handler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value(VICTIM));
    }

    @Test
    void aContributorWithoutAccreditationCannotSubmitAndIsToldWhyInPlainEnglish() throws Exception {
        mvc.perform(post("/api/v1/posts")
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"accounts": ["%s"], "text": "Thank you to everyone at the open day", "objective": "ENGAGEMENT"}
                                """.formatted(account("GLO", "@GlosPolice").id())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("You cannot post to @GlosPolice on X: ")));
    }

    @Test
    void aHeldPostIsApprovedByAReviewerAndPublishedOnTheSandboxThroughTheRealScheduler() throws Exception {
        String body = create("glo.handler", "@GlosPoliceDogs", VEHICLE, false);
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("AWAITING_REVIEW");
        String id = JsonPath.read(body, "$.id");

        mvc.perform(post("/api/v1/posts/" + id + "/approve")
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Registration cleared with the OIC\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SCHEDULED"));

        String state = "";
        long deadline = System.currentTimeMillis() + 30_000;
        while (!state.equals("PUBLISHED") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            state = JsonPath.read(
                    mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("glo.handler")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.state");
        }
        assertThat(state).isEqualTo("PUBLISHED");
        mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("glo.handler")))
                .andExpect(jsonPath("$.accounts[0].url").isNotEmpty())
                .andExpect(jsonPath("$.reviewer").value(Matchers.notNullValue()));
        Instant lastPosted = account("GLO", "@GlosPoliceDogs").lastPostedAt();
        assertThat(lastPosted).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void aNeighbourhoodOfficerWhoseLevelNeedsReviewHasEvenASafePostHeld() throws Exception {
        String body = create("glo.neighbourhood", "@StroudPolice", "Bike marking at the library on Thursday", false);
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("AWAITING_REVIEW");
        assertThat((String) JsonPath.read(body, "$.outcome")).isEqualTo("ALLOW");
    }

    @Test
    void rejectingNeedsAReasonAndTheAuthorSeesIt() throws Exception {
        String id = JsonPath.read(create("glo.handler", "@GlosPoliceDogs", VEHICLE + " Reject me.", false), "$.id");
        mvc.perform(post("/api/v1/posts/" + id + "/reject")
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/posts/" + id + "/reject")
                        .header("Authorization", bearer("glo.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"The owner has not agreed to the registration being shown\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"));
        mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("glo.handler")))
                .andExpect(jsonPath("$.reviewNote").value("The owner has not agreed to the registration being shown"));
    }

    @Test
    void aReviewerCannotApproveTheirOwnPost() throws Exception {
        PostwatchUser reviewer = demo.user("glo.reviewer");
        PostId id = Tenancy.asForce(
                reviewer.forceId(),
                () -> transactions.execute(status -> {
                    Post post = Post.draft(
                            reviewer.forceId(),
                            reviewer.staffId(),
                            reviewer.displayName(),
                            new PostDraft(
                                    List.of(account("GLO", "@GlosPolice").id()),
                                    "Our new chief constable starts today",
                                    StrategyObjective.ENGAGEMENT,
                                    null),
                            Instant.now());
                    post.sendForReview(Instant.now());
                    repository.insert(post);
                    return post.id();
                }));
        mvc.perform(post("/api/v1/posts/" + id + "/approve").header("Authorization", bearer("glo.reviewer")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cannot approve your own post")));
    }

    @Test
    void anotherForcesPostIsNotFoundToReadApproveOrReject() throws Exception {
        String id = JsonPath.read(create("glo.handler", "@GlosPoliceDogs", VEHICLE + " Other force.", false), "$.id");
        mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("sta.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/posts/" + id + "/approve").header("Authorization", bearer("sta.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/posts/" + id + "/reject")
                        .header("Authorization", bearer("sta.reviewer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"no\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherContributorCannotReadSomeoneElsesPostAndOnlyReviewersApprove() throws Exception {
        String id = JsonPath.read(create("glo.handler", "@GlosPoliceDogs", VEHICLE + " Colleague.", false), "$.id");
        mvc.perform(get("/api/v1/posts/" + id).header("Authorization", bearer("glo.neighbourhood")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/posts/" + id + "/approve").header("Authorization", bearer("glo.handler")))
                .andExpect(status().isForbidden());
    }

    @Test
    void adviceMustBeConfirmedBeforeThePostGoesOut() throws Exception {
        String text = "Read our advice on keeping your dog safe this winter at https://www.example.com/dogs";
        String first = create("glo.handler", "@GlosPoliceDogs", text, false);
        assertThat((String) JsonPath.read(first, "$.outcome")).isEqualTo("ADVISE");
        assertThat((String) JsonPath.read(first, "$.state")).isEqualTo("DRAFT");
        assertThat((Boolean) JsonPath.read(first, "$.needsConfirmation")).isTrue();

        String confirmed = create("glo.handler", "@GlosPoliceDogs", text + " ", true);
        assertThat((String) JsonPath.read(confirmed, "$.state")).isIn("SCHEDULED", "PUBLISHED");
    }
}
