package org.postwatch.conduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.CaseRegister;
import org.postwatch.conduct.domain.Subject;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class ConductAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ConductFixtures fixtures;

    @Autowired
    CaseRegister register;

    @Autowired
    JdbcClient jdbc;

    private CaseId caseAboutTheDogHandler() {
        PostwatchUser handler = demo.user("glo.handler");
        return fixtures.openCase(
                demo.user("glo.psd"),
                new Subject(handler.staffId(), StaffType.POLICE_OFFICER, "Police Constable"),
                ConductFixtures.offDutyFacebookPost(),
                LocalDate.now().minusDays(3));
    }

    @Test
    void professionalStandardsOfTheSameForceSeeTheCase() throws Exception {
        CaseId id = caseAboutTheDogHandler();

        var page = mvc.perform(get("/conduct/cases/" + id).with(demo.as("glo.psd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Sam Archer").contains("Off duty").contains("PSD-");
    }

    @Test
    void professionalStandardsOfAnotherForceGetNotFound() throws Exception {
        CaseId id = caseAboutTheDogHandler();

        mvc.perform(get("/conduct/cases/" + id).with(demo.as("sta.psd"))).andExpect(status().isNotFound());
        mvc.perform(get("/conduct/cases/" + id + "/edit").with(demo.as("sta.psd")))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/conduct/cases?q=Archer").with(demo.as("sta.psd")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(id.toString());
    }

    @Test
    void aMalformedCaseIdIsSimplyNotFound() throws Exception {
        mvc.perform(get("/conduct/cases/not-a-case").with(demo.as("glo.psd"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource({
        "glo.admin,     /conduct/cases,          403",
        "glo.reviewer,  /conduct/cases,          403",
        "glo.handler,   /conduct/cases,          403",
        "glo.inspector, /conduct/cases,          403",
        "glo.accounts,  /conduct/cases/new,      403",
        "glo.admin,     /conduct/statistics,     403",
        "glo.inspector, /conduct/statistics,     403",
        "glo.admin,     /conduct/foi.csv,        403",
        "glo.training,  /conduct/import,         403",
        "glo.psd,       /conduct/inspection,     403",
        "glo.admin,     /conduct/inspection,     403",
        "glo.psd,       /conduct/cases,          200",
        "glo.psd,       /conduct/statistics,     200",
        "glo.psd,       /conduct/foi,            200",
        "glo.psd,       /conduct/import,         200",
        "glo.inspector, /conduct/inspection,     200",
        "sta.inspector, /conduct/inspection.csv, 200",
    })
    void conductPagesAreOpenOnlyToTheirRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(demo.as(username))).andExpect(status().is(expected));
    }

    @Test
    void otherRolesCannotReadACaseEvenWithItsId() throws Exception {
        CaseId id = caseAboutTheDogHandler();

        for (String username : new String[] {"glo.admin", "glo.reviewer", "glo.inspector", "glo.accounts"}) {
            mvc.perform(get("/conduct/cases/" + id).with(demo.as(username))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theSubjectSeesNothingOfAnOpenCaseAboutThem() throws Exception {
        CaseId id = caseAboutTheDogHandler();
        String reference = SignedIn.as(demo.user("glo.psd"), () -> register.view(id))
                .conductCase()
                .reference();

        String home = mvc.perform(get("/").with(demo.as("glo.handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String profile = mvc.perform(get("/profile").with(demo.as("glo.handler")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (String page : new String[] {home, profile}) {
            assertThat(page).doesNotContain(reference).doesNotContainIgnoringCase("conduct");
        }
        mvc.perform(get("/conduct/cases/" + id).with(demo.as("glo.handler"))).andExpect(status().isForbidden());
    }

    @Test
    void anInvestigatorWhoIsTheSubjectCannotSeeTheirOwnCase() throws Exception {
        PostwatchUser psd = demo.user("glo.psd");
        PostwatchUser colleague = ConductFixtures.investigatorIn(psd.forceId(), "GLO");
        CaseId id = fixtures.openCase(
                colleague,
                new Subject(psd.staffId(), StaffType.POLICE_OFFICER, "Detective Sergeant"),
                ConductFixtures.offDutyFacebookPost(),
                LocalDate.now().minusDays(1));

        mvc.perform(get("/conduct/cases/" + id).with(demo.as("glo.psd"))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/conduct/cases").with(demo.as("glo.psd")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(id.toString());
        assertThat(auditEntries("conduct-case.view-refused", id)).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(psd, () -> register.view(id)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void everyViewOfACaseIsAudited() throws Exception {
        CaseId id = caseAboutTheDogHandler();

        mvc.perform(get("/conduct/cases/" + id).with(demo.as("glo.psd"))).andExpect(status().isOk());
        mvc.perform(get("/conduct/cases/" + id).with(demo.as("glo.psd"))).andExpect(status().isOk());

        assertThat(auditEntries("conduct-case.viewed", id)).isEqualTo(2);
        assertThat(auditEntries("conduct-case.opened", id)).isEqualTo(1);
    }

    private long auditEntries(String action, CaseId id) {
        return Tenancy.asSystem(() -> jdbc.sql("select count(*) from audit.entry where action = ? and record_id = ?")
                .params(action, id.toString())
                .query(Long.class)
                .single());
    }
}
