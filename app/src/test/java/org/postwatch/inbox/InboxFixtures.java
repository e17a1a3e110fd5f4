package org.postwatch.inbox;

import java.time.Instant;
import java.util.UUID;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.inbox.connector.InboxPolling;
import org.postwatch.inbox.connector.SandboxInbox;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Situations for inbox tests: a member of the public writes to a demo Sandbox account and the desk polls. */
@Component
class InboxFixtures {

    private final SandboxInbox sandbox;
    private final InboxPolling polling;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    InboxFixtures(
            SandboxInbox sandbox,
            InboxPolling polling,
            Accounts accounts,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.sandbox = sandbox;
        this.polling = polling;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    AccountSummary account(ForceId force, String handle) {
        return Tenancy.asForce(
                force,
                () -> transactions.execute(s -> accounts.all().stream()
                        .filter(a -> a.handle().equals(handle))
                        .findFirst()
                        .orElseThrow()));
    }

    /** The public sends {@code text} to the account; the desk polls it in. Returns the stored item's id. */
    InboundItemId arrives(ForceId force, String handle, String text) {
        return arrives(force, handle, text, Instant.now());
    }

    InboundItemId arrives(ForceId force, String handle, String text, Instant at) {
        String unique = text + " [" + UUID.randomUUID().toString().substring(0, 8) + "]";
        String platformId = Tenancy.asForce(
                force,
                () -> transactions.execute(s -> sandbox.send(handle, "REPLY", "@member_of_public", unique, null, at)));
        polling.pollForce(force);
        return Tenancy.asSystem(() -> jdbc.sql("select id from inbox.item where platform_item_id = ?")
                .param(platformId)
                .query((rs, n) -> new InboundItemId(rs.getObject(1, UUID.class)))
                .single());
    }

    String platformId(InboundItemId item) {
        return Tenancy.asSystem(() -> jdbc.sql("select platform_item_id from inbox.item where id = ?")
                .param(item.value())
                .query(String.class)
                .single());
    }
}
