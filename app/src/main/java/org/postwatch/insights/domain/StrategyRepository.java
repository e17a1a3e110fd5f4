package org.postwatch.insights.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each force's strategy: the objectives it has chosen, each with an optional target of posts a month. */
@Repository
public class StrategyRepository {

    private final JdbcClient jdbc;

    StrategyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chosen objectives in catalogue order, each to its target (null for none). */
    public Map<StrategyObjective, Integer> chosen(ForceId force) {
        Map<StrategyObjective, Integer> found = new java.util.EnumMap<>(StrategyObjective.class);
        jdbc.sql("select objective, target_per_month from insights.strategy_objective where force_id = ?")
                .param(force.value())
                .query(rs -> {
                    found.put(
                            StrategyObjective.valueOf(rs.getString("objective")),
                            rs.getObject("target_per_month", Integer.class));
                });
        return new LinkedHashMap<>(found);
    }

    public void replace(ForceId force, Map<StrategyObjective, Integer> chosen, String by, Instant at) {
        jdbc.sql("delete from insights.strategy_objective where force_id = ?")
                .param(force.value())
                .update();
        chosen.forEach((objective, target) -> jdbc.sql("""
                        insert into insights.strategy_objective (force_id, objective, target_per_month, changed_by,
                            changed_at) values (?, ?, ?, ?, ?)
                        """)
                .params(force.value(), objective.name(), target, by, Timestamp.from(at))
                .update());
    }
}
