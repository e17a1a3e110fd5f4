package org.postwatch.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class InsightsAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    String bearer(String username) {
        return "Bearer " + demo.login(username).token();
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.reviewer,  /insights,                        200",
        "glo.admin,     /insights,                        200",
        "glo.accounts,  /insights/accounts,               200",
        "glo.accounts,  /insights/strategy,               200",
        "glo.handler,   /insights,                        403",
        "glo.training,  /insights/accounts,               403",
        "glo.psd,       /insights,                        403",
        "glo.inspector, /insights,                        403",
        "glo.inspector, /insights/report.pdf,             403",
        "glo.inspector, /insights/inspection,             200",
        "glo.reviewer,  /insights/inspection,             403",
        "glo.admin,     /insights/inspection/report.pdf,  403",
        "glo.handler,   /insights/tables/objectives.csv,  403",
    })
    void eachPageIsForItsRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.reviewer,  /api/v1/insights/dashboard,   200",
        "glo.accounts,  /api/v1/insights/strategy,    200",
        "glo.handler,   /api/v1/insights/dashboard,   403",
        "glo.inspector, /api/v1/insights/dashboard,   403",
        "glo.inspector, /api/v1/insights/inspection,  200",
        "glo.admin,     /api/v1/insights/inspection,  403",
        "glo.psd,       /api/v1/insights/tables/findings, 403",
    })
    void eachEndpointIsForItsRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).header("Authorization", bearer(username))).andExpect(status().is(expected));
    }

    private AccountSummary gloDogs() {
        return SignedIn.as(demo.user("glo.accounts"), () -> accounts.all()).stream()
                .filter(a -> a.handle().equals("@GlosPoliceDogs"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anotherForcesAccountIsNotFoundOnThePageOrTheApi() throws Exception {
        String id = gloDogs().id().toString();
        mvc.perform(get("/insights/accounts").param("account", id).with(demo.as("sta.accounts")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insights/dashboard")
                        .param("account", id)
                        .header("Authorization", bearer("sta.reviewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/insights/accounts").param("account", id).with(demo.as("glo.accounts")))
                .andExpect(status().isOk());
    }

    @Test
    void theDemoForceHasAYearOfHistoryLabelledAsDemo() throws Exception {
        String json = mvc.perform(get("/api/v1/insights/dashboard")
                        .param("period", "12m")
                        .header("Authorization", bearer("glo.reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demoHistory").value(true))
                .andExpect(jsonPath("$.force").value("Gloucestershire Constabulary"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Double> monthlyPosts =
                JsonPath.read(json, "$.tables[?(@.id == 'dialogue-over-time')].rows[*].values[0].number");
        assertThat(monthlyPosts)
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(n -> assertThat(n).isPositive());
        String page = mvc.perform(get("/insights").with(demo.as("glo.reviewer")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("generated demo history").contains("data-insights-chart");
    }

    @Test
    void aBadCustomPeriodIsExplainedOnThePageAndAsAProblemOnTheApi() throws Exception {
        String page = mvc.perform(get("/insights")
                        .param("period", "custom")
                        .param("from", "2026-05-01")
                        .param("to", "2026-04-01")
                        .with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("The start date must be on or before the end date")
                .contains("value=\"2026-05-01\"");
        mvc.perform(get("/api/v1/insights/dashboard")
                        .param("period", "custom")
                        .param("from", "not a date")
                        .param("to", "2026-04-01")
                        .header("Authorization", bearer("glo.reviewer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Enter dates as a real date, for example 2026-03-31"));
    }

    @Test
    void everyTableDownloadsAsCsvAndTheDownloadIsAudited() throws Exception {
        long before = exports("GLO");
        String csv = mvc.perform(get("/insights/tables/findings.csv")
                        .param("period", "12m")
                        .with(demo.as("glo.reviewer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Finding,Checks that found it,Of which held or blocked,Share of all checks (%)");
        assertThat(csv).contains("Personal information,");
        assertThat(exports("GLO")).isEqualTo(before + 1);
        mvc.perform(get("/insights/tables/no-such-table.csv").with(demo.as("glo.reviewer")))
                .andExpect(status().isNotFound());
    }

    private long exports(String forceCode) {
        return Tenancy.asSystem(() -> jdbc.sql(
                        "select count(*) from audit.entry where force_id = ? and action = 'insights.report-exported'")
                .param(demo.force(forceCode).value())
                .query(Long.class)
                .single());
    }

    @Test
    void theReportIsAPdfWithEveryMeasure() throws Exception {
        byte[] pdf = mvc.perform(
                        get("/insights/report.pdf").param("period", "quarter").with(demo.as("glo.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Social media insights: Gloucestershire Constabulary")
                    .contains("Posts by strategy objective")
                    .contains("Most frequent findings")
                    .contains("Trained and accredited staff")
                    .contains("Not available from the connected platforms")
                    .contains("generated demo history");
        }
    }

    @Test
    void theInspectorSeesForcesSideBySideButNoAccountOrPerson() throws Exception {
        String json = mvc.perform(get("/api/v1/insights/inspection")
                        .param("period", "12m")
                        .header("Authorization", bearer("glo.inspector")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> forces = JsonPath.read(json, "$.tables[0].rows[*].label");
        assertThat(forces).contains("Gloucestershire Constabulary", "Staffordshire Police");
        assertThat(json)
                .doesNotContain("@GlosPolice")
                .doesNotContain("@StaffsPolice")
                .doesNotContain("Dog Unit");
        assertThat(json).contains("suppressed");
        byte[] pdf = mvc.perform(get("/insights/inspection/report.pdf").with(demo.as("glo.inspector")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Staffordshire Police");
        }
    }
}
