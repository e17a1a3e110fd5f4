package org.postwatch.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postwatch.audit.domain.EntryHash;
import org.postwatch.identity.StaffAdministration;
import org.postwatch.identity.StaffDetails;
import org.postwatch.identity.StaffType;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.postwatch.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PostwatchIntegrationTest
class AuditInTransactionTests {

    @Autowired
    StaffAdministration administration;

    @Autowired
    AuditTrail audit;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void committedChangeAlwaysHasItsEntry() {
        var admin = demo.user("glo.admin");
        var id = SignedIn.as(admin, () -> administration.add(details("committed.change"), EnumSet.noneOf(Role.class)));

        assertThat(entriesFor(id.toString())).containsExactly("staff.created");
    }

    @Test
    void rolledBackChangeLeavesNoEntry() {
        var admin = demo.user("glo.admin");
        assertThatThrownBy(() -> SignedIn.as(
                        admin,
                        () -> transactions.executeWithoutResult(status -> {
                            audit.record(AuditAction.of("test.rolled-back"), "test", "rollback-1", "about to fail");
                            throw new IllegalStateException("the change failed");
                        })))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entriesFor("rollback-1")).isEmpty();
    }

    @Test
    void auditMustBeCalledInsideTheChangesTransaction() {
        var admin = demo.user("glo.admin");
        assertThatThrownBy(
                        () -> SignedIn.as(admin, () -> audit.record(AuditAction.of("test.outside"), "test", "x", null)))
                .hasMessageContaining("transaction");
    }

    @Test
    void entriesFormAHashChainThatRecomputes() {
        var admin = demo.user("glo.admin");
        SignedIn.as(
                admin,
                () -> transactions.executeWithoutResult(status -> {
                    audit.record(AuditAction.of("test.one"), "test", "chain-1", null, Map.of("b", "2", "a", "1"));
                    audit.record(AuditAction.of("test.two"), "test", "chain-1", "because");
                }));

        List<Map<String, Object>> chain = Tenancy.asForce(
                admin.forceId(),
                () -> jdbc.sql("select * from audit.entry where force_id = ? order by seq")
                        .param(admin.forceId().value())
                        .query()
                        .listOfRows());
        byte[] previous = EntryHash.GENESIS;
        for (Map<String, Object> row : chain) {
            assertThat((byte[]) row.get("prev_hash")).isEqualTo(previous);
            byte[] expected = EntryHash.of(
                    previous,
                    (java.util.UUID) row.get("force_id"),
                    (Long) row.get("seq"),
                    ((java.sql.Timestamp) row.get("occurred_at")).toInstant(),
                    (java.util.UUID) row.get("actor_id"),
                    (String) row.get("actor_name"),
                    (String) row.get("action"),
                    (String) row.get("record_type"),
                    (String) row.get("record_id"),
                    (String) row.get("reason"),
                    (String) row.get("source_ip"),
                    details(row.get("details")));
            assertThat(HexFormat.of().formatHex((byte[]) row.get("hash")))
                    .isEqualTo(HexFormat.of().formatHex(expected));
            previous = expected;
        }
        assertThat(chain).hasSizeGreaterThan(2);
    }

    @Test
    void databaseRefusesToChangeOrDeleteAnEntry() {
        var admin = demo.user("glo.admin");
        assertThatThrownBy(() -> Tenancy.asForce(
                        admin.forceId(),
                        () -> jdbc.sql("update audit.entry set reason = 'edited'")
                                .update()))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> Tenancy.asForce(
                        admin.forceId(),
                        () -> jdbc.sql("delete from audit.entry").update()))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> details(Object json) {
        try {
            return new tools.jackson.databind.json.JsonMapper().readValue(json.toString(), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> entriesFor(String recordId) {
        return Tenancy.asSystem(() -> jdbc.sql("select action from audit.entry where record_id = ? order by seq")
                .param(recordId)
                .query(String.class)
                .list());
    }

    private static StaffDetails details(String name) {
        return new StaffDetails(
                "Audit", name, StaffType.POLICE_STAFF, "Clerk", null, "Records", name + "@gloucestershire.police.uk");
    }
}
