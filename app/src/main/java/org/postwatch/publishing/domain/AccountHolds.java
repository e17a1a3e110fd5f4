package org.postwatch.publishing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rate limits per account: after a platform says "too many requests", nothing goes to that account until the reset. */
@Repository
public class AccountHolds {

    public record Hold(UUID account, Instant until, String reason) {}

    private final JdbcClient jdbc;

    AccountHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Hold> find(ForceId force, UUID account) {
        return jdbc.sql("select * from publishing.account_hold where force_id = ? and account_id = ?")
                .params(force.value(), account)
                .query((rs, n) -> new Hold(account, PublicationRepository.instant(rs, "until"), rs.getString("reason")))
                .optional();
    }

    /** Holds the account until {@code until}, or longer if it is already held longer. */
    public void hold(ForceId force, UUID account, Channel channel, Instant until, String reason) {
        jdbc.sql("""
                        insert into publishing.account_hold (account_id, force_id, channel, until, reason)
                        values (?, ?, ?, ?, ?)
                        on conflict (account_id) do update set until = greatest(publishing.account_hold.until, excluded.until),
                            reason = excluded.reason
                        """)
                .params(account, force.value(), channel.name(), PublicationRepository.ts(until), reason)
                .update();
    }
}
