package org.postwatch.inbox.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.InboxFilter;
import org.postwatch.inbox.ItemState;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.publishing.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incoming items, stored once per platform item (force, channel, platform id). */
@Repository
public class ItemRepository {

    /** An item past its SLA with no response, found across forces by the SLA watch. */
    public record Overdue(ForceId force, InboundItemId item) {}

    /** Riskiest first (an unescalated risk to life above everything), then oldest. */
    static final String QUEUE_ORDER = """
             order by case when category = 'RISK_TO_LIFE' and handed_off_at is null then 0 else 1 end,
                      case category when 'RISK_TO_LIFE' then 0 when 'CRIME_REPORT' then 1 when 'INTELLIGENCE' then 2
                                    when 'ABUSE' then 3 when 'QUESTION' then 4 else 5 end,
                      received_at
            """;

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the item unless the platform item is already stored; false when it was. */
    public boolean insertIfAbsent(Item item, Instant fetchedAt) {
        return jdbc.sql("""
                                insert into inbox.item (id, force_id, account_id, account_handle, channel, platform_item_id,
                                    thread_id, in_reply_to, kind, author_handle, author_platform_id, text, received_at,
                                    fetched_at, category, risk_flags, triage_reason, routed_team, assigned_team, state,
                                    sla_due_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                on conflict (force_id, channel, platform_item_id) do nothing
                                """)
                        .params(
                                item.id.value(),
                                item.force.value(),
                                item.account,
                                item.accountHandle,
                                item.channel.name(),
                                item.platformItemId,
                                item.threadId,
                                item.inReplyTo,
                                item.kind,
                                item.authorHandle,
                                item.authorPlatformId,
                                item.text,
                                Timestamp.from(item.receivedAt),
                                Timestamp.from(fetchedAt),
                                item.category.name(),
                                String.join(",", item.riskFlags),
                                item.triageReason,
                                item.routedTeam,
                                item.assignedTeam,
                                item.state.name(),
                                Timestamp.from(item.slaDueAt))
                        .update()
                > 0;
    }

    public void setArchiveRecord(ForceId force, InboundItemId id, UUID record) {
        jdbc.sql("update inbox.item set archive_record = ? where force_id = ? and id = ?")
                .params(record, force.value(), id.value())
                .update();
    }

    public Optional<Item> find(ForceId force, InboundItemId id) {
        return jdbc.sql("select * from inbox.item where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query(ItemRepository::map)
                .optional();
    }

    public Optional<Item> lock(ForceId force, InboundItemId id) {
        return jdbc.sql("select * from inbox.item where force_id = ? and id = ? for update")
                .params(force.value(), id.value())
                .query(ItemRepository::map)
                .optional();
    }

    public boolean exists(ForceId force, Channel channel, String platformItemId) {
        return jdbc.sql("select count(*) from inbox.item where force_id = ? and channel = ? and platform_item_id = ?")
                        .params(force.value(), channel.name(), platformItemId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void save(Item item) {
        jdbc.sql("""
                        update inbox.item set category = ?, triage_reason = ?, assigned_to = ?, assigned_name = ?,
                            assigned_team = ?, state = ?, sla_breached = ?, first_response_at = ?, first_response = ?,
                            no_reply_reason = ?, handoff_to = ?, handoff_reference = ?, handed_off_at = ?,
                            handed_off_by = ?, moderation = ?
                         where force_id = ? and id = ?
                        """)
                .params(
                        item.category.name(),
                        item.triageReason,
                        item.assignedTo == null ? null : item.assignedTo.value(),
                        item.assignedName,
                        item.assignedTeam,
                        item.state.name(),
                        item.slaBreached,
                        ts(item.firstResponseAt),
                        item.firstResponse,
                        item.noReplyReason,
                        item.handoffTo,
                        item.handoffReference,
                        ts(item.handedOffAt),
                        item.handedOffBy,
                        item.moderation,
                        item.force.value(),
                        item.id.value())
                .update();
    }

    /**
     * The queue. {@code accounts} limits it to items on those accounts (a contributor's); null means the whole force.
     */
    public List<Item> queue(ForceId force, InboxFilter filter, StaffId me, Collection<UUID> accounts) {
        StringBuilder sql = new StringBuilder("select * from inbox.item where force_id = ?");
        List<Object> params = new ArrayList<>(List.of(force.value()));
        if (accounts != null) {
            if (accounts.isEmpty()) {
                return List.of();
            }
            sql.append(" and account_id = any (?)");
            params.add(accounts.toArray(UUID[]::new));
        }
        if (filter.category() != null) {
            sql.append(" and category = ?");
            params.add(filter.category().name());
        }
        if (filter.account() != null) {
            sql.append(" and account_id = ?");
            params.add(filter.account());
        }
        if (filter.state() != null) {
            sql.append(" and state = ?");
            params.add(filter.state().name());
        } else if (filter.waitingOnly()) {
            sql.append(" and (state in ('OPEN', 'AWAITING_APPROVAL')"
                    + " or (category = 'RISK_TO_LIFE' and handed_off_at is null and state <> 'MODERATED'))");
        }
        if (filter.assignedToMe() && me != null) {
            sql.append(" and assigned_to = ?");
            params.add(me.value());
        }
        sql.append(QUEUE_ORDER).append(" limit ?");
        params.add(filter.limit());
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ItemRepository::map)
                .list();
    }

    /** Counts of waiting items and of unescalated risks to life; {@code accounts} as for {@link #queue}. */
    public long[] waitingCounts(ForceId force, Collection<UUID> accounts) {
        if (accounts != null && accounts.isEmpty()) {
            return new long[] {0, 0, 0};
        }
        String scope = accounts == null ? "" : " and account_id = any (?)";
        var spec = jdbc.sql("""
                select count(*) filter (where state in ('OPEN', 'AWAITING_APPROVAL')) as waiting,
                       count(*) filter (where category = 'RISK_TO_LIFE' and handed_off_at is null
                                          and state <> 'MODERATED') as urgent,
                       count(*) filter (where state in ('OPEN', 'AWAITING_APPROVAL') and first_response_at is null
                                          and sla_breached) as overdue
                  from inbox.item where force_id = ?
                """ + scope);
        spec = accounts == null ? spec.param(force.value()) : spec.params(force.value(), accounts.toArray(UUID[]::new));
        return spec.query((rs, n) -> new long[] {rs.getLong("waiting"), rs.getLong("urgent"), rs.getLong("overdue")})
                .single();
    }

    /** Every item in a conversation, oldest first. */
    public List<Item> thread(ForceId force, String threadId) {
        return jdbc.sql("select * from inbox.item where force_id = ? and thread_id = ? order by received_at, id")
                .params(force.value(), threadId)
                .query(ItemRepository::map)
                .list();
    }

    /** Items past their deadline with no response and not yet marked, across forces (system work). */
    public List<Overdue> overdue(Instant now, int limit) {
        return jdbc.sql("""
                        select force_id, id from inbox.item
                         where first_response_at is null and not sla_breached and sla_due_at <= ?
                         order by sla_due_at limit ?
                        """)
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Overdue(
                        new ForceId(rs.getObject("force_id", UUID.class)),
                        new InboundItemId(rs.getObject("id", UUID.class))))
                .list();
    }

    static Item map(ResultSet rs, int row) throws SQLException {
        String flags = rs.getString("risk_flags");
        Item item = new Item(
                new InboundItemId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                rs.getObject("account_id", UUID.class),
                rs.getString("account_handle"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("platform_item_id"),
                rs.getString("thread_id"),
                rs.getString("in_reply_to"),
                rs.getString("kind"),
                rs.getString("author_handle"),
                rs.getString("author_platform_id"),
                rs.getString("text"),
                rs.getTimestamp("received_at").toInstant(),
                InboundCategory.valueOf(rs.getString("category")),
                flags == null || flags.isBlank() ? List.of() : Arrays.asList(flags.split(",")),
                rs.getString("triage_reason"),
                rs.getString("routed_team"),
                ItemState.valueOf(rs.getString("state")),
                rs.getTimestamp("sla_due_at").toInstant());
        UUID assigned = rs.getObject("assigned_to", UUID.class);
        item.assignedTo = assigned == null ? null : new StaffId(assigned);
        item.assignedName = rs.getString("assigned_name");
        item.assignedTeam = rs.getString("assigned_team");
        item.slaBreached = rs.getBoolean("sla_breached");
        item.firstResponseAt = instant(rs, "first_response_at");
        item.firstResponse = rs.getString("first_response");
        item.noReplyReason = rs.getString("no_reply_reason");
        item.handoffTo = rs.getString("handoff_to");
        item.handoffReference = rs.getString("handoff_reference");
        item.handedOffAt = instant(rs, "handed_off_at");
        item.handedOffBy = rs.getString("handed_off_by");
        item.moderation = rs.getString("moderation");
        return item;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
