package org.postwatch.inbox.connector;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postwatch.accounts.AccountStatus;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.ChannelCredentials;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.inbox.domain.InboxActions;
import org.postwatch.inbox.domain.Intake;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.publishing.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls every active account with an inbound connector, one account at a time, from its stored cursor. Fetching runs
 * outside any transaction (it is a remote call); storing the items and moving the cursor commit together, so a crash
 * between them fetches the same items again, which the store ignores.
 */
@Component
public class InboxPolling {

    private static final Logger log = LoggerFactory.getLogger(InboxPolling.class);

    private final Map<Channel, InboundConnector> connectors = new EnumMap<>(Channel.class);
    private final Forces forces;
    private final Accounts accounts;
    private final ChannelCredentials credentials;
    private final Intake intake;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InboxPolling(
            List<InboundConnector> connectors,
            Forces forces,
            Accounts accounts,
            ChannelCredentials credentials,
            Intake intake,
            AuditTrail audit,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        connectors.forEach(c -> this.connectors.put(c.channel(), c));
        this.forces = forces;
        this.accounts = accounts;
        this.credentials = credentials;
        this.intake = intake;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Channels Postwatch can read the inbox of. */
    public boolean supports(Channel channel) {
        return connectors.containsKey(channel);
    }

    /** Polls every force; returns how many new items were stored. */
    public int pollAll() {
        int stored = 0;
        for (Force force : forces.all()) {
            stored += pollForce(force.id());
        }
        return stored;
    }

    public int pollForce(ForceId force) {
        List<AccountSummary> active = Tenancy.asForce(
                force,
                () -> transactions.execute(s -> accounts.all().stream()
                        .filter(a -> a.status() == AccountStatus.ACTIVE)
                        .filter(a -> supports(Channel.valueOf(a.channel().name())))
                        .toList()));
        int stored = 0;
        for (AccountSummary account : active) {
            try {
                stored += poll(force, account);
            } catch (RuntimeException e) {
                log.warn("Polling the inbox of {} failed", account.label(), e);
            }
        }
        return stored;
    }

    int poll(ForceId force, AccountSummary account) {
        Channel channel = Channel.valueOf(account.channel().name());
        InboundConnector connector = connectors.get(channel);
        return Tenancy.asForce(force, () -> {
            String cursor = transactions.execute(s -> cursor(force, account));
            Map<String, String> secrets;
            try {
                secrets = channel == Channel.SANDBOX
                        ? Map.of()
                        : transactions.execute(
                                s -> credentials.forConnector(account.id()).values());
            } catch (RuntimeException e) {
                return failed(force, account, cursor, "No usable credentials: " + e.getMessage());
            }
            Fetched fetched = connector.fetch(account.handle(), secrets, cursor);
            return switch (fetched) {
                case Fetched.Unavailable(Integer status, String message) -> failed(force, account, cursor, message);
                case Fetched.Items(List<InboundMessage> items, String next) ->
                    transactions.execute(s -> {
                        int stored = intake.receive(account, items);
                        saveCursor(force, account, next, null);
                        return stored;
                    });
            };
        });
    }

    private int failed(ForceId force, AccountSummary account, String cursor, String message) {
        transactions.executeWithoutResult(s -> {
            String previous = jdbc.sql("select last_error from inbox.poll_cursor where force_id = ? and account_id = ?")
                    .params(force.value(), account.id().value())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            saveCursor(force, account, cursor, message);
            // Audited when the problem starts or changes, not on every minute's retry.
            if (!message.equals(previous)) {
                audit.recordFor(
                        force,
                        Actor.system(),
                        InboxActions.POLL_FAILED,
                        "account",
                        account.id().value(),
                        message,
                        Map.of("account", account.handle()));
            }
        });
        return 0;
    }

    private String cursor(ForceId force, AccountSummary account) {
        Optional<String> found = jdbc.sql("select cursor from inbox.poll_cursor where force_id = ? and account_id = ?")
                .params(force.value(), account.id().value())
                .query((rs, n) -> rs.getString(1))
                .optional();
        return found.orElse(null);
    }

    private void saveCursor(ForceId force, AccountSummary account, String cursor, String error) {
        jdbc.sql("""
                        insert into inbox.poll_cursor (force_id, account_id, cursor, polled_at, last_error)
                        values (?, ?, ?, ?, ?)
                        on conflict (force_id, account_id) do update set cursor = excluded.cursor,
                            polled_at = excluded.polled_at, last_error = excluded.last_error
                        """)
                .params(force.value(), account.id().value(), cursor, Timestamp.from(clock.instant()), error)
                .update();
    }

    /** The last poll's problem per account handle, for the desk. */
    public Map<String, String> problems(ForceId force) {
        Map<String, String> problems = new java.util.TreeMap<>();
        jdbc.sql("select account_id, last_error from inbox.poll_cursor where force_id = ? and last_error is not null")
                .param(force.value())
                .query((rs, n) -> problems.put(rs.getString(1), rs.getString(2)))
                .list();
        return problems;
    }
}
