package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postwatch.conduct.domain.AccountKind;
import org.postwatch.conduct.domain.AllegationCategory;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.Duty;
import org.postwatch.conduct.domain.Outcome;
import org.postwatch.conduct.domain.Platform;
import org.postwatch.conduct.domain.Severity;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures for a known set of cases in Dyfed-Powys, a force no demo data or other test touches: 22 cases, of which 8 in
 * 2023 (officers, Facebook, written warning after 100 days), 6 in 2024 (officers, X, dismissal after 200 days), 5 in
 * 2025 (police staff, WhatsApp group, resigned after 300 days), 2 in 2025 (PCSOs, Instagram, official account on duty,
 * no case to answer after 50 days) and 1 open case in 2026 (officer, TikTok).
 */
@PostwatchIntegrationTest
class ConductStatisticsTests {

    static final StatisticsPeriod PERIOD = new StatisticsPeriod(2022, 2026);
    private static boolean seeded;

    @Autowired
    ConductFixtures fixtures;

    @Autowired
    CaseRegister register;

    @Autowired
    ConductStatistics statistics;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    ForceId dyfedPowys;
    PostwatchUser investigator;

    @BeforeEach
    void knownCases() {
        dyfedPowys = demo.force("DYP");
        investigator = ConductFixtures.investigatorIn(dyfedPowys, "DYP");
        synchronized (ConductStatisticsTests.class) {
            if (seeded) {
                return;
            }
            seeded = true;
        }
        cases(
                8,
                StaffType.POLICE_OFFICER,
                Platform.FACEBOOK,
                AccountKind.PERSONAL,
                Duty.OFF_DUTY,
                AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE,
                LocalDate.of(2023, 3, 1),
                Severity.MISCONDUCT,
                Outcome.WRITTEN_WARNING,
                100);
        cases(
                6,
                StaffType.POLICE_OFFICER,
                Platform.X,
                AccountKind.PERSONAL,
                Duty.OFF_DUTY,
                AllegationCategory.DISREPUTE,
                LocalDate.of(2024, 2, 1),
                Severity.GROSS_MISCONDUCT,
                Outcome.DISMISSAL,
                200);
        cases(
                5,
                StaffType.POLICE_STAFF,
                Platform.WHATSAPP,
                AccountKind.CLOSED_GROUP,
                Duty.OFF_DUTY,
                AllegationCategory.DISCRIMINATORY_OR_OFFENSIVE,
                LocalDate.of(2025, 1, 10),
                Severity.GROSS_MISCONDUCT,
                Outcome.RESIGNED,
                300);
        cases(
                2,
                StaffType.PCSO,
                Platform.INSTAGRAM,
                AccountKind.OFFICIAL,
                Duty.ON_DUTY,
                AllegationCategory.DATA_PROTECTION,
                LocalDate.of(2025, 6, 1),
                Severity.NO_MISCONDUCT,
                Outcome.NO_CASE_TO_ANSWER,
                50);
        cases(
                1,
                StaffType.POLICE_OFFICER,
                Platform.TIKTOK,
                AccountKind.PERSONAL,
                Duty.OFF_DUTY,
                AllegationCategory.DISREPUTE,
                LocalDate.of(2026, 2, 1),
                Severity.MISCONDUCT,
                null,
                0);
    }

    private void cases(
            int count,
            StaffType type,
            Platform platform,
            AccountKind kind,
            Duty duty,
            AllegationCategory category,
            LocalDate reported,
            Severity severity,
            Outcome outcome,
            int days) {
        for (int i = 0; i < count; i++) {
            Subject subject = fixtures.person(dyfedPowys, type, type == StaffType.PCSO ? "PCSO" : "Constable");
            LocalDate on = reported.plusDays(i);
            CaseId id = fixtures.openCase(
                    investigator, subject, ConductFixtures.particulars(platform, kind, duty, category), on);
            SignedIn.as(investigator, () -> {
                register.assess(id, severity, on.plusDays(1));
                if (outcome != null) {
                    register.conclude(id, outcome, on.plusDays(days), false);
                }
            });
        }
    }

    @Test
    void countsAgreeWithTheKnownCases() {
        ConductAggregates figures = statistics.aggregatesFor(dyfedPowys, PERIOD);

        assertThat(figures.total()).isEqualTo(Figure.of(22));
        assertThat(figures.perYear().figure("2022")).isEqualTo(Figure.of(0));
        assertThat(figures.perYear().figure("2023")).isEqualTo(Figure.of(8));
        assertThat(figures.perYear().figure("2025")).isEqualTo(Figure.of(7));
        assertThat(figures.staffTypes().figure("POLICE_OFFICER")).isEqualTo(Figure.of(15));
        assertThat(figures.platforms().figure("FACEBOOK")).isEqualTo(Figure.of(8));
        assertThat(figures.platforms().figure("X")).isEqualTo(Figure.of(6));
        assertThat(figures.accountKinds().figure("PERSONAL")).isEqualTo(Figure.of(15));
        assertThat(figures.categories().figure("DISCRIMINATORY_OR_OFFENSIVE")).isEqualTo(Figure.of(13));
        assertThat(figures.categories().figure("DISREPUTE")).isEqualTo(Figure.of(7));
        assertThat(figures.outcomes().figure("WRITTEN_WARNING")).isEqualTo(Figure.of(8));
        assertThat(figures.endedService().part())
                .as("6 dismissed and 5 resigned")
                .isEqualTo(Figure.of(11));
        assertThat(figures.endedService().text()).isEqualTo("50%");
        // 21 concluded cases took 50, 50, 100 (x8), 200 (x6) and 300 (x5) days.
        assertThat(figures.medianDaysToConclude()).isEqualTo(Figure.of(200));
        assertThat(figures.ninetiethPercentileDaysToConclude()).isEqualTo(Figure.of(300));
        assertThat(figures.foi().getLast()).isEqualTo(new FoiRow("Total", Figure.of(22), Figure.of(15), Figure.of(11)));
        assertThat(figures.foi().get(1).investigations()).isEqualTo(Figure.of(8));
        assertThat(figures.foi().get(1).involvingPoliceOfficers()).isEqualTo(Figure.of(8));
    }

    @Test
    void smallNumbersAreSuppressedAndSoIsOneMoreWhereATotalWouldGiveThemAway() {
        ConductAggregates figures = statistics.aggregatesFor(dyfedPowys, PERIOD);

        assertThat(figures.perYear().figure("2026").isSuppressed())
                .as("1 open case")
                .isTrue();
        assertThat(figures.perYear().figure("2024").isSuppressed())
                .as("else 22 - 8 - 7 - 6 = 1")
                .isTrue();
        assertThat(figures.staffTypes().figure("PCSO").isSuppressed()).isTrue();
        assertThat(figures.staffTypes().figure("POLICE_STAFF").isSuppressed()).isTrue();
        assertThat(figures.platforms().figure("INSTAGRAM").isSuppressed()).isTrue();
        assertThat(figures.platforms().figure("TIKTOK").isSuppressed()).isTrue();
        assertThat(figures.platforms().figure("WHATSAPP").isSuppressed())
                .as("Instagram and TikTok add up to 3, which the total would give away")
                .isTrue();
        assertThat(figures.duty().figure("ON_DUTY").isSuppressed()).isTrue();
        assertThat(figures.duty().figure("OFF_DUTY").isSuppressed())
                .as("else 22 - 20")
                .isTrue();
        assertThat(figures.categories().figure("DATA_PROTECTION").isSuppressed())
                .isTrue();
        assertThat(figures.outcomes().figure("NO_CASE_TO_ANSWER").isSuppressed())
                .isTrue();
        assertThat(figures.outcomes().figure("OPEN").isSuppressed()).isTrue();
        assertThat(figures.timeToConclude().figure("UNDER_3_MONTHS").isSuppressed())
                .isTrue();
        assertEverySumProtected(figures);
    }

    /** No published total minus its published parts may leave a number from 1 to 4 exactly. */
    private static void assertEverySumProtected(ConductAggregates figures) {
        for (Breakdown breakdown : figures.charts()) {
            if (breakdown.total() == null || breakdown.total().isSuppressed()) {
                continue;
            }
            List<Breakdown.Cell> hidden = breakdown.cells().stream()
                    .filter(cell -> cell.figure().isSuppressed())
                    .toList();
            assertThat(hidden.size()).as(breakdown.title()).isNotEqualTo(1);
        }
    }

    @Test
    void theChartDataInThePageCarriesNoSuppressedNumber() throws Exception {
        String page = mvc.perform(get("/conduct/statistics?from=2022&to=2026").with(DemoUsers.as(investigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        JsonNode platforms = chart(page, "chart-platform");
        List<String> labels =
                platforms.get("labels").valueStream().map(JsonNode::asString).toList();
        JsonNode values = platforms.get("series").get(0).get("values");
        JsonNode texts = platforms.get("series").get(0).get("texts");
        int tiktok = labels.indexOf("TikTok");
        int facebook = labels.indexOf("Facebook");
        assertThat(values.get(tiktok).isNull()).isTrue();
        assertThat(texts.get(tiktok).asString()).isEqualTo("suppressed");
        assertThat(values.get(facebook).asLong()).isEqualTo(8);

        for (String id : List.of(
                "chart-year",
                "chart-staffType",
                "chart-platform",
                "chart-accountKind",
                "chart-duty",
                "chart-category",
                "chart-outcome",
                "chart-timeToConclude")) {
            JsonNode series = chart(page, id).get("series").get(0).get("values");
            series.valueStream()
                    .filter(v -> !v.isNull())
                    .forEach(v -> assertThat(v.asLong()).as(id).isNotIn(1L, 2L, 3L, 4L));
        }
        assertThat(page).contains("suppressed");
    }

    @Test
    void theFoiExportSuppressesTheSameWay() throws Exception {
        String csv = mvc.perform(get("/conduct/foi.csv?from=2022&to=2026").with(DemoUsers.as(investigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines().toList())
                .containsExactly(
                        "Year reported,Investigations into staff social media use,Involving police officers,"
                                + "\"Ended in dismissal, resignation or retirement\"",
                        "2022,0,0,0",
                        // 0 ended in 2023, but shown it would give away the 3 not ended in 2025-26.
                        "2023,8,8,suppressed",
                        "2024,suppressed,suppressed,suppressed",
                        "2025,7,0,suppressed",
                        "2026 (to date),suppressed,suppressed,0",
                        "Total,22,15,11");
        assertNoSmallNumbers(csv);
    }

    @Test
    void theFullStatisticsExportAndThePrintablePageSuppressTheSameWay() throws Exception {
        String csv = mvc.perform(
                        get("/conduct/statistics.csv?from=2022&to=2026").with(DemoUsers.as(investigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).contains("Cases by platform,TikTok,suppressed").contains("Cases by platform,Facebook,8");
        assertNoSmallNumbers(csv);

        String page = mvc.perform(get("/conduct/foi?from=2022&to=2026").with(DemoUsers.as(investigator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("suppressed").contains("Involving police officers");
    }

    @Test
    void inspectorsSeeEachForceSuppressedTheSameWayAndNoCaseRecords() throws Exception {
        String csv = mvc.perform(
                        get("/conduct/inspection.csv?from=2022&to=2026").with(demo.as("glo.inspector")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv)
                .contains("Dyfed-Powys Police,2022 to 2026,Cases by platform,TikTok,suppressed")
                .contains("Dyfed-Powys Police,2022 to 2026,Cases by platform,Facebook,8")
                .contains("Gloucestershire Constabulary")
                .contains("Staffordshire Police")
                .doesNotContain("PSD-");
        assertNoSmallNumbers(csv);

        String page = mvc.perform(get("/conduct/inspection?from=2022&to=2026").with(demo.as("glo.inspector")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Dyfed-Powys Police").doesNotContain("PSD-").doesNotContainPattern("Test\\d+ Person");
        JsonNode years = chart(page, "chart-forces-years");
        years.get("series")
                .valueStream()
                .flatMap(series -> series.get("values").valueStream())
                .filter(v -> !v.isNull())
                .forEach(v -> assertThat(v.asLong()).isNotIn(1L, 2L, 3L, 4L));
    }

    /** Every count in a CSV export is 0, 5 or more, or the word "suppressed". */
    private static void assertNoSmallNumbers(String csv) {
        for (String line : csv.lines().skip(1).toList()) {
            String last = line.substring(line.lastIndexOf(',') + 1);
            if (last.matches("\\d+")) {
                assertThat(Long.parseLong(last)).as(line).isNotIn(1L, 2L, 3L, 4L);
            }
        }
    }

    private JsonNode chart(String page, String id) {
        Matcher canvas = Pattern.compile("<canvas[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(canvas.find()).as("chart " + id).isTrue();
        Matcher m = Pattern.compile("data-chart=\"([^\"]*)\"").matcher(canvas.group());
        assertThat(m.find()).as("data of chart " + id).isTrue();
        String attribute = m.group(1)
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
        return json.readTree(attribute);
    }
}
