package org.postwatch.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

@PostwatchIntegrationTest
class StaffImportTests {

    @Autowired
    StaffAdministration administration;

    @Autowired
    StaffDirectory directory;

    @Autowired
    DemoUsers demo;

    @Test
    void badRowsAreReportedWithEveryReasonAndGoodRowsAreKept() {
        String csv = """
                Given Name,Family Name,Email,Staff Type,Rank,Unit,Collar Number,Roles
                Ruth,Coleman,ruth.coleman@staffordshire.police.uk,Police Officer,Police Constable,Dog Unit,3310,CONTRIBUTOR
                ,Nobody,not-an-email,Wizard,Constable,Dog Unit,,
                Kieran,"O'Neill",kieran.oneill@staffordshire.police.uk,PCSO,PCSO,"Neighbourhood Team, Leek",,CONTRIBUTOR;REVIEWER
                Pat,Doyle,pat.doyle@staffordshire.police.uk,Police Staff,Clerk,Records,,SUPERHERO
                """;

        ImportReport report = SignedIn.as(demo.user("sta.admin"), () -> {
            try {
                return administration.importCsv(new StringReader(csv));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(report.count(RowStatus.CREATED)).isEqualTo(2);
        assertThat(report.rejectedRows()).hasSize(2);
        var nobody = report.rejectedRows().get(0);
        assertThat(nobody.line()).isEqualTo(3);
        assertThat(nobody.messages())
                .anyMatch(m -> m.contains("Given name is missing"))
                .anyMatch(m -> m.contains("not-an-email"))
                .anyMatch(m -> m.contains("Wizard"));
        assertThat(report.rejectedRows().get(1).messages()).anyMatch(m -> m.contains("SUPERHERO"));

        var kept = SignedIn.as(
                demo.user("sta.admin"), () -> directory.findByEmail("kieran.oneill@staffordshire.police.uk"));
        assertThat(kept).hasValueSatisfying(member -> {
            assertThat(member.unit()).isEqualTo("Neighbourhood Team, Leek");
            assertThat(member.roles()).hasSize(2);
        });
    }

    @Test
    void reimportingUpdatesInsteadOfDuplicating() {
        String csv = """
                given_name,family_name,email,staff_type,rank,unit
                Imogen,Hart,imogen.hart@staffordshire.police.uk,police staff,Analyst,Intelligence
                """;
        var admin = demo.user("sta.admin");
        ImportReport first = SignedIn.as(admin, () -> importing(csv));
        ImportReport second = SignedIn.as(admin, () -> importing(csv.replace("Intelligence", "Digital Desk")));

        assertThat(first.count(RowStatus.CREATED)).isEqualTo(1);
        assertThat(second.count(RowStatus.UPDATED)).isEqualTo(1);
        assertThat(SignedIn.as(admin, () -> directory.findByEmail("imogen.hart@staffordshire.police.uk")))
                .hasValueSatisfying(member -> assertThat(member.unit()).isEqualTo("Digital Desk"));
    }

    @Test
    void missingColumnsAreNamed() {
        ImportReport report = SignedIn.as(demo.user("sta.admin"), () -> importing("given_name,email\nA,a@b.uk\n"));

        assertThat(report.rejectedRows())
                .singleElement()
                .satisfies(row ->
                        assertThat(row.messages().getFirst()).contains("family_name", "staff_type", "rank", "unit"));
    }

    private ImportReport importing(String csv) {
        try {
            return administration.importCsv(new StringReader(csv));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
