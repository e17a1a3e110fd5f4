package org.postwatch.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwatch.support.AccountsAndTraining.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.StaffId;
import org.postwatch.support.AccountsAndTraining;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class CompletionImportTests {

    @Autowired
    TrainingRecords records;

    @Autowired
    StaffDirectory directory;

    @Autowired
    AccountsAndTraining given;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    PostwatchUser trainer() {
        return demo.user("glo.training");
    }

    StaffMember member(StaffId id) {
        return SignedIn.as(trainer(), () -> directory.find(id).orElseThrow());
    }

    ImportReport importing(String csv) {
        return SignedIn.as(trainer(), () -> {
            try {
                return records.importCsv(new StringReader(csv));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void goodRowsAreKeptAndEveryBadRowIsReportedWithWhatIsWrong() {
        StaffMember officer = member(given.newOfficer("glo.admin", "Eve"));
        String csv = "Email,Collar Number,Course Code,Completed On\n"
                + officer.email() + ",,SMF," + today().minusMonths(2) + "\n"
                + officer.email().toUpperCase() + ",,opsec,"
                + today().minusMonths(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\n"
                + "nobody@gloucestershire.police.uk,,SMF,2026-01-10\n"
                + officer.email() + ",,NOT-A-COURSE,2026-01-10\n"
                + officer.email() + ",,DPA,31/02/2026\n"
                + officer.email() + ",,DPA," + today().plusDays(3) + "\n"
                + ",,DPA,2026-01-10\n"
                + "dan.whitfield@staffordshire.police.uk,,SMF,2026-01-10\n";

        ImportReport report = importing(csv);

        assertThat(report.count(RowStatus.CREATED)).isEqualTo(2);
        assertThat(report.rejectedRows())
                .extracting(ImportReport.RowResult::line, r -> r.messages().getFirst())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                4, "No one in the force has the e-mail address nobody@gloucestershire.police.uk"),
                        org.assertj.core.groups.Tuple.tuple(5, "No course has the code or title 'NOT-A-COURSE'"),
                        org.assertj.core.groups.Tuple.tuple(
                                6, "'31/02/2026' is not a date: use 2026-03-03 or 03/03/2026"),
                        org.assertj.core.groups.Tuple.tuple(
                                7, "The completion date " + today().plusDays(3) + " is in the future"),
                        org.assertj.core.groups.Tuple.tuple(8, "No e-mail address or collar number"),
                        org.assertj.core.groups.Tuple.tuple(
                                9, "No one in the force has the e-mail address dan.whitfield@staffordshire.police.uk"));
        assertThat(SignedIn.as(trainer(), () -> records.transcriptOf(officer.id())))
                .filteredOn(s -> s.completedOn() != null)
                .extracting(s -> s.course().code())
                .containsExactlyInAnyOrder("SMF", "OPSEC");
    }

    @Test
    void importingTheSameExportAgainLeavesCompletionsAsTheyWere() {
        StaffMember officer = member(given.newOfficer("glo.admin", "Fay"));
        String csv = "email,course_code,completed_on\n" + officer.email() + ",DPA," + today().minusDays(10) + "\n";

        assertThat(importing(csv).count(RowStatus.CREATED)).isEqualTo(1);
        ImportReport again = importing(csv);

        assertThat(again.count(RowStatus.UPDATED)).isEqualTo(1);
        assertThat(again.rows().getFirst().messages()).containsExactly("Already recorded; left as it was");
        assertThat(SignedIn.as(trainer(), () -> records.completionsOf(officer.id())))
                .hasSize(1);
    }

    @Test
    void peopleCanBeNamedByCollarNumberAndCoursesByTitle() {
        StaffMember handler = member(demo.user("glo.handler").staffId());
        String csv = "collar_number,course,date\n" + handler.collarNumber() + ",Posting on YouTube," + today() + "\n";

        ImportReport report = importing(csv);

        assertThat(report.count(RowStatus.CREATED)).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRejectedAsAWhole() {
        ImportReport report = importing("name,course\nSam Archer,SMF\n");

        assertThat(report.accepted()).isZero();
        assertThat(report.rejectedRows())
                .singleElement()
                .satisfies(r -> assertThat(r.messages())
                        .containsExactly("Missing columns: email or collar_number, completed_on"));
    }

    @Test
    void theImportPageReportsTheResultRowByRow() throws Exception {
        StaffMember officer = member(given.newOfficer("glo.admin", "Gus"));
        String csv = "email,course_code,completed_on\n"
                + officer.email() + ",SMF," + today() + "\n"
                + officer.email() + ",SMF,yesterday\n";

        mvc.perform(multipart("/training/import")
                        .file(new MockMultipartFile("file", "export.csv", "text/csv", csv.getBytes()))
                        .with(csrf())
                        .with(demo.as("glo.training")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 recorded, 0 already recorded, 1 rejected")))
                .andExpect(content().string(Matchers.containsString("&#39;yesterday&#39; is not a date")));
    }

    @Test
    void aLearningSystemCanSendItsExportThroughTheApi() throws Exception {
        StaffMember officer = member(given.newOfficer("glo.admin", "Lou"));
        String csv = "email,course_code,completed_on\n"
                + officer.email() + ",SMF," + today() + "\n"
                + "someone@elsewhere.example,SMF," + today() + "\n";

        mvc.perform(post("/api/v1/training/completions/import")
                        .contentType("text/csv")
                        .content(csv)
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.training").token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.recorded").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rejectedRows[0].line").value(3))
                .andExpect(jsonPath("$.rejectedRows[0].problems[0]")
                        .value("No one in the force has the e-mail address someone@elsewhere.example"));
        mvc.perform(post("/api/v1/training/completions/import")
                        .contentType("text/csv")
                        .content(csv)
                        .header(
                                "Authorization",
                                "Bearer " + demo.login("glo.accounts").token()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTrainingAdministratorsImport() throws Exception {
        mvc.perform(multipart("/training/import")
                        .file(new MockMultipartFile("file", "export.csv", "text/csv", "email\n".getBytes()))
                        .with(csrf())
                        .with(demo.as("glo.accounts")))
                .andExpect(status().isForbidden());
    }
}
