package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PostwatchIntegrationTest
class ChecksApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JsonMapper json;

    @Test
    void answersInTheCommandLineToolsFormat() throws Exception {
        String body = check("glo.handler", """
                        {"text": "Victim Jane Smith was assaulted in Stroud. Ring her on 07700 900461.", "channel": "x"}
                        """)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.outcome").value("BLOCK"))
                .andExpect(jsonPath("$.categories[0]").value("PERSONAL_DATA"))
                .andExpect(jsonPath("$.findings[0].rule").value("personal-data.name"))
                .andExpect(jsonPath("$.findings[0].start").value(7))
                .andExpect(jsonPath("$.findings[0].end").value(17))
                .andExpect(jsonPath("$.findings[1].rule").value("personal-data.phone-uk"))
                .andExpect(jsonPath("$.policyVersion").value("2025.1"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode result = json.readTree(body);
        assertThat(names(result)).containsExactly("outcome", "categories", "findings", "policyVersion");
        assertThat(names(result.get("findings").get(0)))
                .containsExactly(
                        "category",
                        "rule",
                        "start",
                        "end",
                        "severity",
                        "confidence",
                        "message",
                        "suggestion",
                        "outcome");
    }

    // As the CLI: spans count code points, so the emoji (two UTF-16 units) moves the number by one, not two.
    @Test
    void spansCountCodePointsAsTheCommandLineToolDoes() throws Exception {
        check("glo.handler", """
                        {"text": "\uD83D\uDCDE Ring 07700 900461 tonight."}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].rule").value("personal-data.phone-uk"))
                .andExpect(jsonPath("$.findings[0].start").value(7))
                .andExpect(jsonPath("$.findings[0].end").value(19));
    }

    @Test
    void theImplicitAbuseClassifierRunsAfterTheRules() throws Exception {
        // No offensive word: the rules alone let this through, the on-device classifier does not.
        check("glo.handler", """
                        {"text": "Women should stay at home and look after the children instead of joining the army."}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[0]").value("OFFENSIVE"))
                .andExpect(jsonPath("$.findings[0].rule").value("offensive.implicit-abuse"))
                .andExpect(jsonPath("$.outcome").value("REVIEW"));
        check("glo.handler", """
                        {"text": "Our dog unit will be at the Three Counties Show on Saturday, come and meet PD Max."}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALLOW"));
    }

    @Test
    void echoesAnIdAndUsesTheForcesCasesAndAccountKind() throws Exception {
        check("sta.reviewer", """
                        {"id": "draft-7", "text": "Jason Pritchard is guilty as sin.", "accountKind": "PERSONAL"}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("draft-7"))
                .andExpect(jsonPath("$.outcome").value("ADVISE"))
                .andExpect(jsonPath("$.findings[?(@.rule == 'contempt.active-case')]")
                        .exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"glo.inspector", "glo.training", "sta.psd"})
    void anySignedInRoleMayCheck(String username) throws Exception {
        check(username, "{\"text\": \"Road closed at Birdlip.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALLOW"));
    }

    @Test
    void badInputAnswersProblemDetails() throws Exception {
        check("glo.handler", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        check("glo.handler", "{\"text\": \"Hello\", \"channel\": \"MYSPACE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Unknown channel 'MYSPACE'")));
        check("glo.handler", "{\"text\": \"Hello\", \"accountKind\": \"SECRET\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        check("glo.handler", "not json")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        check("glo.handler", "{\"text\": \"" + "a".repeat(65_537) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    /** Nothing to check is bad input, not "ALLOW": spaces, line breaks, no-break spaces or zero-width characters. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\\n\\t ", "\\u00a0 \\u00a0", "\\u200b\\u2060\\ufeff"})
    void aBlankTextIsRefusedAtItsField(String blank) throws Exception {
        check("glo.handler", "{\"text\": \"" + blank + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("The text is blank: give the words to check"));
    }

    @Test
    void unreadableBodiesSayWhatIsWrongInWords() throws Exception {
        for (String body : List.of("{\"text\": \"abc", "null", "", "{\"text\": [\"a\"]}")) {
            check("glo.handler", body)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.title").value("Invalid request"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is not valid JSON")));
        }
    }

    @Test
    void aMethodOrPathTheApiDoesNotHaveAnswersProblemDetails() throws Exception {
        String token = "Bearer " + demo.login("glo.handler").token();
        mvc.perform(get("/api/v1/checks").header("Authorization", token))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.detail").value("/api/v1/checks does not take GET; it takes POST."));
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/safeguard/check/no-such-page").with(demo.as("glo.handler")))
                .andExpect(status().isNotFound())
                // MockMvc renders no error page: the request is handed to the container's error pages
                // (sendError), not answered with a problem document, which would set a content type
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getContentType())
                        .isNull())
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("problem"))));
    }

    @Test
    void withoutATokenAnswers401() throws Exception {
        mvc.perform(post("/api/v1/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hello\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(post("/api/v1/checks")
                        .header("Authorization", "Bearer not-a-token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Hello\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/checks'].post.summary").exists())
                .andExpect(jsonPath("$.components.schemas.TextCheckResponse.properties.policyVersion")
                        .exists());
    }

    private ResultActions check(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/checks")
                .header("Authorization", "Bearer " + demo.login(username).token())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
