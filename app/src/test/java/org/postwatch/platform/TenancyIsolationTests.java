package org.postwatch.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PostwatchIntegrationTest
class TenancyIsolationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    @Autowired
    MockMvc mvc;

    @Test
    void databaseShowsOneForceOnlyItsOwnStaffEvenWithoutAWhereClause() {
        ForceId gloucestershire = demo.force("GLO");
        ForceId staffordshire = demo.force("STA");

        var forcesSeen = Tenancy.asForce(
                gloucestershire,
                () -> jdbc.sql("select distinct force_id from identity.staff")
                        .query(UUID.class)
                        .list());

        assertThat(forcesSeen).containsExactly(gloucestershire.value()).doesNotContain(staffordshire.value());
    }

    @Test
    void withNoForceInScopeTheDatabaseShowsNoForceOwnedRows() {
        long rows = jdbc.sql("select count(*) from identity.staff")
                .query(Long.class)
                .single();

        assertThat(rows).isZero();
    }

    @Test
    void databaseRefusesToWriteARowIntoAnotherForce() {
        ForceId gloucestershire = demo.force("GLO");
        ForceId staffordshire = demo.force("STA");

        assertThatThrownBy(() -> Tenancy.asForce(
                        gloucestershire,
                        () -> jdbc.sql("""
                                insert into identity.staff (id, force_id, given_name, family_name, staff_type, rank, unit,
                                                            email, status)
                                values (?, ?, 'Eve', 'Intruder', 'POLICE_STAFF', 'Clerk', 'None', 'eve@example.org', 'ACTIVE')
                                """)
                                .params(UUID.randomUUID(), staffordshire.value())
                                .update()))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void theApplicationRoleCannotSwitchOffRowLevelSecurity() {
        assertThatThrownBy(() -> jdbc.sql("alter table identity.staff disable row level security")
                        .update())
                .rootCause()
                .hasMessageContaining("must be owner");
    }

    @Test
    void craftedRequestForAnotherForcesStaffRecordIsNotFound() throws Exception {
        var staffordshireAdmin = demo.user("sta.admin");

        mvc.perform(get("/admin/staff/" + staffordshireAdmin.staffId()).with(demo.as("glo.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/" + staffordshireAdmin.staffId()).with(demo.as("glo.admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void ownForcesRecordIsFound() throws Exception {
        var gloucestershireHandler = demo.user("glo.handler");

        mvc.perform(get("/api/v1/staff/" + gloucestershireHandler.staffId()).with(demo.as("glo.admin")))
                .andExpect(status().isOk());
    }
}
