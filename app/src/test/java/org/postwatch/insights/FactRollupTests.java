package org.postwatch.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postwatch.platform.Tenancy;
import org.postwatch.support.DemoUsers;
import org.postwatch.support.PostwatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostwatchIntegrationTest
class FactRollupTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoUsers demo;

    private Map<Object, Object> monthly(String sql) {
        return Tenancy.asSystem(() -> jdbc
                .sql(sql)
                .param(demo.force("GLO").value())
                .query((rs, n) -> Map.entry(rs.getObject(1), rs.getObject(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void theMonthlyFactsAddUpToTheDailyOnes() {
        Map<Object, Object> fromDays = monthly("""
                select (day - (extract(day from day)::int - 1))::text, sum(broadcasts + replies + failures)::bigint
                  from insights.publication_day where force_id = ? group by 1
                """);
        Map<Object, Object> fromMonths = monthly("""
                select month::text, sum(broadcasts + replies + failures)::bigint
                  from insights.publication_month where force_id = ? group by 1
                """);
        assertThat(fromDays).hasSizeGreaterThanOrEqualTo(12);
        assertThat(fromMonths).isEqualTo(fromDays);
    }
}
