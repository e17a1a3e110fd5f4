package org.postwatch.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today's (or the last few days') desk figures, for the inbox page: dialogue ratio, share answered, median and 90th
 * percentile time to first response, SLA breaches and escalations by category. Insights computes its own from the
 * inbox events; these read the inbox's tables directly.
 */
@Service
public class InboxMeasures {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Figures for items received since the start of the day {@code days - 1} days ago (London time). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public InboxFigures figures(int days) {
        int span = Math.max(1, Math.min(days, 366));
        ForceId force = Tenancy.requireForce();
        LocalDate from = LocalDate.now(clock.withZone(LondonTime.ZONE)).minusDays(span - 1L);
        Instant since = from.atStartOfDay(LondonTime.ZONE).toInstant();
        List<InboxFigures.AccountFigures> accounts = new ArrayList<>();
        Map<UUID, Long> broadcasts = new java.util.HashMap<>();
        jdbc.sql("""
                        select account_id, sum(posts) from inbox.broadcast_day
                         where force_id = ? and day >= ? group by account_id
                        """)
                .params(force.value(), from)
                .query((rs, n) -> broadcasts.put(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list();
        String select = """
                select %s as account,
                       count(*) as received,
                       count(first_response_at) as answered,
                       (select count(*) from inbox.reply r where r.force_id = i.force_id and r.state = 'PUBLISHED'
                           and r.published_at >= ? %s) as replies,
                       percentile_cont(0.5) within group (order by extract(epoch from first_response_at - received_at))
                           filter (where first_response_at is not null) as median,
                       percentile_cont(0.9) within group (order by extract(epoch from first_response_at - received_at))
                           filter (where first_response_at is not null) as p90,
                       count(*) filter (where sla_breached or (first_response_at is not null and first_response_at > sla_due_at)) as breaches
                  from inbox.item i where force_id = ? and received_at >= ?
                """;
        var byAccount = jdbc.sql(String.format(
                                select,
                                "account_id::text || '|' || max(account_handle)",
                                "and r.item_id in (select id from inbox.item x where x.account_id = i.account_id)")
                        + " group by force_id, account_id order by max(account_handle)")
                .params(Timestamp.from(since), force.value(), Timestamp.from(since))
                .query((rs, n) -> {
                    String[] key = rs.getString("account").split("\\|", 2);
                    long b = broadcasts.getOrDefault(UUID.fromString(key[0]), 0L);
                    return figures(rs, key[1], b);
                })
                .list();
        accounts.addAll(byAccount);
        long allBroadcasts =
                broadcasts.values().stream().mapToLong(Long::longValue).sum();
        InboxFigures.AccountFigures whole = jdbc.sql(String.format(select, "'All accounts'", "") + " group by force_id")
                .params(Timestamp.from(since), force.value(), Timestamp.from(since))
                .query((rs, n) -> figures(rs, "All accounts", allBroadcasts))
                .optional()
                .orElse(new InboxFigures.AccountFigures(
                        "All accounts", 0, 0, 0, allBroadcasts, null, null, null, null, 0));
        Map<InboundCategory, Long> escalations = new EnumMap<>(InboundCategory.class);
        jdbc.sql("""
                        select category, count(*) from inbox.item
                         where force_id = ? and handed_off_at >= ? group by category
                        """)
                .params(force.value(), Timestamp.from(since))
                .query((rs, n) -> escalations.put(InboundCategory.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return new InboxFigures(span, whole, accounts, escalations);
    }

    private static InboxFigures.AccountFigures figures(java.sql.ResultSet rs, String account, long broadcasts)
            throws java.sql.SQLException {
        long received = rs.getLong("received");
        long answered = rs.getLong("answered");
        long replies = rs.getLong("replies");
        return new InboxFigures.AccountFigures(
                account,
                received,
                answered,
                replies,
                broadcasts,
                broadcasts == 0 ? null : (double) replies / broadcasts,
                received == 0 ? null : (double) answered / received,
                seconds(rs, "median"),
                seconds(rs, "p90"),
                rs.getLong("breaches"));
    }

    private static Duration seconds(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : Duration.ofSeconds(Math.round(value));
    }
}
