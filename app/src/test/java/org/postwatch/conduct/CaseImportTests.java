package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.postwatch.conduct.domain.CaseImport;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.CaseStatus;
import org.postwatch.platform.ImportReport;
import org.postwatch.platform.ImportReport.RowStatus;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

@PostwatchIntegrationTest
class CaseImportTests {

    @Autowired
    CaseImport caseImport;

    @Autowired
    CaseRegister register;

    @Autowired
    DemoUsers demo;

    @Test
    void badRowsAreReportedWithEveryReasonAndGoodRowsAreKept() {
        String csv = """
                Reference,Collar Number,Email,Staff Type,Rank,How Arose,Platform,Account Kind,Duty,Categories,Standards,Reported On,Severity,Assessed On,Outcome,Concluded On,Notes
                OLD-2021-017,4417,,,,Public complaint,Facebook,Personal,Off duty,Discriminatory;Disrepute,Equality and diversity,2021-04-12,Misconduct,2021-04-20,Written warning,2021-09-30,"Shared a meme, then deleted it"
                ,,aisha.begum@staffordshire.police.uk,police officer,Police Constable,Internal report,WhatsApp,Closed group,Off duty,Data protection,,14/02/2024,,,,,
                OLD-2022-003,9999,,,,Gossip,MySpace,Personal,Sideways,Disrepute,,2022-13-01,,,,,
                OLD-2022-004,4417,,,,Monitoring,Twitter,Personal,Off duty,,,2022-05-01,,,Dismissal,2022-06-01,
                OLD-2022-005,4417,,,,Monitoring,X,Official,On duty,Disrepute,,2022-05-01,No misconduct,2022-05-02,Final written warning,2022-06-01,
                """;

        ImportReport report = SignedIn.as(demo.user("sta.psd"), () -> importing(csv));

        assertThat(report.count(RowStatus.CREATED)).isEqualTo(2);
        assertThat(report.rejectedRows())
                .extracting(ImportReport.RowResult::line)
                .containsExactly(4, 5, 6);
        assertThat(report.rejectedRows().get(0).messages())
                .anyMatch(m -> m.contains("collar number 9999"))
                .anyMatch(m -> m.contains("'Gossip'"))
                .anyMatch(m -> m.contains("'MySpace'"))
                .anyMatch(m -> m.contains("'Sideways'"))
                .anyMatch(m -> m.contains("2022-13-01"));
        assertThat(report.rejectedRows().get(1).messages())
                .anyMatch(m -> m.contains("at least one allegation category"));
        assertThat(report.rejectedRows().get(2).messages())
                .singleElement()
                .satisfies(m -> assertThat(m).contains("needs a finding of misconduct"));

        var kept = SignedIn.as(demo.user("sta.psd"), () -> register.list(null, 2021, "OLD-2021-017"));
        assertThat(kept).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(CaseStatus.CONCLUDED);
            assertThat(c.rank()).as("copied from the person").isEqualTo("Police Constable");
        });
        var numbered = SignedIn.as(demo.user("sta.psd"), () -> register.list(null, 2024, "Begum"));
        assertThat(numbered).anySatisfy(c -> assertThat(c.reference()).startsWith("PSD-2024-"));
    }

    @Test
    void importingAReferenceAgainIsRejectedNotDuplicated() {
        String csv = """
                reference,email,how_arose,platform,account_kind,duty,categories,reported_on
                OLD-2020-101,tom.ellis@staffordshire.police.uk,referral,tiktok,personal,off duty,political,2020-02-02
                """;
        var psd = demo.user("sta.psd");

        ImportReport first = SignedIn.as(psd, () -> importing(csv));
        ImportReport second = SignedIn.as(psd, () -> importing(csv));

        assertThat(first.count(RowStatus.CREATED)).isEqualTo(1);
        assertThat(second.rejectedRows())
                .singleElement()
                .satisfies(row -> assertThat(row.messages().getFirst()).contains("already in the register"));
    }

    @Test
    void missingColumnsAreNamed() {
        ImportReport report = SignedIn.as(demo.user("sta.psd"), () -> importing("platform,notes\nX,hello\n"));

        assertThat(report.rejectedRows())
                .singleElement()
                .satisfies(row -> assertThat(row.messages().getFirst())
                        .contains("how_arose", "account_kind", "reported_on", "collar_number or email"));
    }

    private ImportReport importing(String csv) {
        try {
            return caseImport.importCsv(new StringReader(csv));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
