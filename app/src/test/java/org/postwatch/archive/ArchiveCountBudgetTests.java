package org.postwatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postwatch.archive.domain.ArchiveSearchQueries;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The archive search's count gives up after its time budget and leaves the transaction as it found it. */
@PostwatchIntegrationTest
class ArchiveCountBudgetTests {

    @Autowired
    ArchiveSearchQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCountThatOverrunsItsBudgetIsStoppedAndTheTransactionCarriesOn() {
        transactions.executeWithoutResult(status -> {
            String timeoutBefore = timeout();

            Optional<Long> count = queries.countWithinBudget("select count(*) from (select pg_sleep(2)) s", Map.of());

            assertThat(count).isEmpty();
            assertThat(timeout()).isEqualTo(timeoutBefore);
            assertThat(jdbc.sql("select 1").query(Integer.class).single()).isEqualTo(1);
        });
    }

    @Test
    void aQuickCountIsReturnedWhole() {
        Optional<Long> count = transactions.execute(
                status -> queries.countWithinBudget("select count(*) from generate_series(1, :n)", Map.of("n", 42)));

        assertThat(count).contains(42L);
    }

    @Test
    void otherErrorsAreNotMistakenForAStoppedCount() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> queries.countWithinBudget("select count(*) from archive.no_such_table", Map.of())))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aStoppedCountReadsAsALowerBound() {
        SearchResults stopped = new SearchResults(List.of(), 2, true, 40, true, true);
        SearchResults counted = new SearchResults(List.of(), 1, true, 1000, true, false);

        assertThat(stopped.matchesText()).isEqualTo("More than 40");
        assertThat(counted.matchesText()).isEqualTo("1,000+");
    }

    private String timeout() {
        return jdbc.sql("select current_setting('statement_timeout')")
                .query(String.class)
                .single();
    }
}
