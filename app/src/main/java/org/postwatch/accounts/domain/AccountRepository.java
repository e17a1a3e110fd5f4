package org.postwatch.accounts.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postwatch.accounts.AccountDetails;
import org.postwatch.accounts.AccountFilter;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.audit.Actor;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts with their contributors and history. Every query names the force; row-level security applies the same
 * scope again.
 */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the account, its contributors and the changes made since it was loaded, in the caller's transaction. */
    public void save(Account account) {
        try {
            if (account.isNew()) {
                insert(account);
            } else {
                update(account);
            }
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException(account.label() + " is already in the register");
        }
        for (Contributor c : account.contributors()) {
            jdbc.sql("""
                            insert into accounts.contributor (id, force_id, account_id, staff_id, level, granted_at,
                                                              granted_by, ended_at, ended_reason)
                            values (:id, :force, :account, :staff, :level, :grantedAt, :grantedBy, :endedAt, :endedReason)
                            on conflict (id) do update set level = excluded.level, ended_at = excluded.ended_at,
                                ended_reason = excluded.ended_reason
                            """)
                    .param("id", c.id())
                    .param("force", account.force().value())
                    .param("account", account.id().value())
                    .param("staff", c.staff().value())
                    .param("level", c.level().name())
                    .param("grantedAt", Timestamp.from(c.grantedAt()))
                    .param("grantedBy", c.grantedBy())
                    .param("endedAt", c.endedAt() == null ? null : Timestamp.from(c.endedAt()))
                    .param("endedReason", c.endedReason())
                    .update();
        }
        for (Change change : account.changes()) {
            jdbc.sql("""
                            insert into accounts.account_history (force_id, account_id, occurred_at, actor_id, actor_name,
                                                                  change, from_status, to_status, reason, detail, subject_id)
                            values (:force, :account, :at, :actorId, :actorName, :change, :from, :to, :reason, :detail,
                                    :subject)
                            """)
                    .param("force", account.force().value())
                    .param("account", account.id().value())
                    .param("at", Timestamp.from(change.at()))
                    .param("actorId", change.actor().staffId())
                    .param("actorName", change.actor().name())
                    .param("change", change.kind().name())
                    .param(
                            "from",
                            change.fromStatus() == null
                                    ? null
                                    : change.fromStatus().name())
                    .param(
                            "to",
                            change.toStatus() == null ? null : change.toStatus().name())
                    .param("reason", change.reason())
                    .param("detail", change.detail())
                    .param(
                            "subject",
                            change.subject() == null ? null : change.subject().value())
                    .update();
        }
    }

    private void insert(Account account) {
        jdbc.sql("""
                        insert into accounts.account (id, force_id, channel, handle, display_name, kind, purpose, objectives,
                            owning_unit, asset_owner_id, followers, status, status_reason, status_changed_at, transfer_kind,
                            holder_id, last_security_review_on, security_review_months, last_posted_at, registered_at)
                        values (:id, :force, :channel, :handle, :displayName, :kind, :purpose, :objectives, :unit,
                            :assetOwner, :followers, :status, :statusReason, :statusChangedAt, :transferKind, :holder,
                            :lastReview, :reviewMonths, :lastPosted, :registeredAt)
                        """)
                .params(columns(account))
                .param("handle", account.handle())
                .param("channel", account.channel().name())
                .param("registeredAt", Timestamp.from(account.registeredAt()))
                .update();
    }

    private void update(Account account) {
        int updated = jdbc.sql("""
                        update accounts.account set display_name = :displayName, kind = :kind, purpose = :purpose,
                            objectives = :objectives, owning_unit = :unit, asset_owner_id = :assetOwner,
                            followers = :followers, status = :status, status_reason = :statusReason,
                            status_changed_at = :statusChangedAt, transfer_kind = :transferKind, holder_id = :holder,
                            last_security_review_on = :lastReview, security_review_months = :reviewMonths,
                            version = version + 1
                         where id = :id and force_id = :force and version = :version
                        """)
                .params(columns(account))
                .param("version", account.version())
                .update();
        if (updated != 1) {
            throw new BusinessRuleException(
                    "Someone else changed " + account.label() + " at the same time: reload the page and try again");
        }
    }

    private static Map<String, Object> columns(Account account) {
        AccountDetails d = account.details();
        Map<String, Object> p = new HashMap<>();
        p.put("id", account.id().value());
        p.put("force", account.force().value());
        p.put("displayName", d.displayName());
        p.put("kind", account.kind().name());
        p.put("purpose", d.purpose());
        p.put("objectives", d.objectives().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("unit", d.owningUnit());
        p.put("assetOwner", d.assetOwner().value());
        p.put("followers", d.followers());
        p.put("status", account.status().name());
        p.put("statusReason", account.statusReason());
        p.put("statusChangedAt", Timestamp.from(account.statusChangedAt()));
        p.put(
                "transferKind",
                account.transferKind() == null ? null : account.transferKind().name());
        p.put("holder", account.holder() == null ? null : account.holder().value());
        p.put("lastReview", account.lastSecurityReviewOn());
        p.put("reviewMonths", d.securityReviewMonths());
        p.put("lastPosted", account.lastPostedAt() == null ? null : Timestamp.from(account.lastPostedAt()));
        return p;
    }

    public Optional<Account> find(ForceId force, AccountId id) {
        return jdbc.sql("select * from accounts.account where force_id = ? and id = ?")
                .params(force.value(), id.value())
                .query((rs, n) -> map(rs, contributorsOf(id)))
                .optional();
    }

    public List<AccountSummary> search(ForceId force, AccountFilter filter) {
        StringBuilder sql = new StringBuilder("select * from accounts.account where force_id = :force");
        Map<String, Object> params = new HashMap<>();
        params.put("force", force.value());
        if (filter.channel() != null) {
            sql.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            sql.append(" and owning_unit = :unit");
            params.put("unit", filter.unit().trim());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (handle || ' ' || display_name || ' ' || owning_unit) ilike :text");
            params.put("text", "%" + filter.text().trim().replace("\\", "\\\\").replace("%", "\\%") + "%");
        }
        sql.append(" order by status = 'CLOSED', lower(handle), channel");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> map(rs, List.of()).summary())
                .list();
    }

    public List<String> units(ForceId force) {
        return jdbc.sql("select distinct owning_unit from accounts.account where force_id = ? order by owning_unit")
                .param(force.value())
                .query(String.class)
                .list();
    }

    /** Every current contributor entry in the force, by account: for alerts and posting rights. */
    public Map<AccountId, List<Contributor>> currentContributors(ForceId force) {
        Map<AccountId, List<Contributor>> byAccount = new LinkedHashMap<>();
        jdbc.sql("select * from accounts.contributor where force_id = ? and ended_at is null order by granted_at")
                .param(force.value())
                .query((rs, n) -> Map.entry(new AccountId(rs.getObject("account_id", UUID.class)), contributor(rs)))
                .list()
                .forEach(e -> byAccount
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byAccount;
    }

    /** The accounts a person is a current contributor on, with their entry. */
    public List<Map.Entry<AccountId, Contributor>> contributionsOf(ForceId force, StaffId staff) {
        return jdbc.sql("""
                        select * from accounts.contributor
                         where force_id = ? and staff_id = ? and ended_at is null order by granted_at
                        """)
                .params(force.value(), staff.value())
                .query((rs, n) -> Map.entry(new AccountId(rs.getObject("account_id", UUID.class)), contributor(rs)))
                .list();
    }

    /** Contributor entries ended since a time, for the "left the force" alert. */
    public List<Map.Entry<AccountId, Contributor>> endedSince(ForceId force, Instant since) {
        return jdbc.sql("""
                        select * from accounts.contributor
                         where force_id = ? and ended_at >= ? order by ended_at desc
                        """)
                .params(force.value(), Timestamp.from(since))
                .query((rs, n) -> Map.entry(new AccountId(rs.getObject("account_id", UUID.class)), contributor(rs)))
                .list();
    }

    public List<Change> history(ForceId force, AccountId id) {
        return jdbc.sql("""
                        select * from accounts.account_history
                         where force_id = ? and account_id = ? order by occurred_at desc, id desc
                        """)
                .params(force.value(), id.value())
                .query((rs, n) -> new Change(
                        AccountChange.valueOf(rs.getString("change")),
                        rs.getTimestamp("occurred_at").toInstant(),
                        Actor.named(rs.getObject("actor_id", UUID.class), rs.getString("actor_name")),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("reason"),
                        rs.getString("detail"),
                        rs.getObject("subject_id") == null
                                ? null
                                : new StaffId(rs.getObject("subject_id", UUID.class))))
                .list();
    }

    /** Publishing records each post, so dormant accounts can be spotted. Never moves the time backwards. */
    public boolean recordPost(ForceId force, AccountId id, Instant at) {
        return jdbc.sql("""
                        update accounts.account set last_posted_at = greatest(coalesce(last_posted_at, ?), ?)
                         where force_id = ? and id = ?
                        """)
                        .params(Timestamp.from(at), Timestamp.from(at), force.value(), id.value())
                        .update()
                == 1;
    }

    private List<Contributor> contributorsOf(AccountId id) {
        return jdbc.sql("select * from accounts.contributor where account_id = ? order by granted_at")
                .param(id.value())
                .query((rs, n) -> contributor(rs))
                .list();
    }

    private static Contributor contributor(ResultSet rs) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Contributor(
                rs.getObject("id", UUID.class),
                new StaffId(rs.getObject("staff_id", UUID.class)),
                ContributorLevel.valueOf(rs.getString("level")),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getString("granted_by"),
                ended == null ? null : ended.toInstant(),
                rs.getString("ended_reason"));
    }

    private static Account map(ResultSet rs, List<Contributor> contributors) throws SQLException {
        Set<StrategyObjective> objectives = EnumSet.noneOf(StrategyObjective.class);
        Array array = rs.getArray("objectives");
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                objectives.add(StrategyObjective.valueOf((String) value));
            }
        }
        String transferKind = rs.getString("transfer_kind");
        UUID holder = rs.getObject("holder_id", UUID.class);
        Timestamp lastPosted = rs.getTimestamp("last_posted_at");
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                new ForceId(rs.getObject("force_id", UUID.class)),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("handle"),
                AccountKind.valueOf(rs.getString("kind")),
                new AccountDetails(
                        rs.getString("display_name"),
                        rs.getString("purpose"),
                        objectives,
                        rs.getString("owning_unit"),
                        new StaffId(rs.getObject("asset_owner_id", UUID.class)),
                        rs.getInt("followers"),
                        rs.getInt("security_review_months")),
                AccountStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getTimestamp("status_changed_at").toInstant(),
                transferKind == null ? null : AccountKind.valueOf(transferKind),
                holder == null ? null : new StaffId(holder),
                rs.getObject("last_security_review_on", LocalDate.class),
                lastPosted == null ? null : lastPosted.toInstant(),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getInt("version"),
                contributors);
    }

    private static AccountStatus status(String value) {
        return value == null ? null : AccountStatus.valueOf(value);
    }
}
