package org.postwatch.accounts.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postwatch.accounts.AccountId;
import org.postwatch.platform.ForceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sealed connector credentials, one set per account. */
@Repository
public class CredentialStore {

    /** A stored set as the database holds it: sealed bytes, never plaintext. */
    public record Sealed(
            AccountId account,
            String keyFingerprint,
            byte[] sealed,
            List<String> fields,
            Instant storedAt,
            String storedBy) {}

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a sealed value is bound to: opening it for another force or account fails. */
    public static String binding(ForceId force, AccountId account) {
        return "postwatch:channel-credential:v1:" + force + ":" + account;
    }

    public void save(ForceId force, Sealed sealed) {
        jdbc.sql("""
                        insert into accounts.channel_credential (account_id, force_id, key_fingerprint, sealed, field_names,
                                                                 stored_at, stored_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (account_id) do update set key_fingerprint = excluded.key_fingerprint,
                            sealed = excluded.sealed, field_names = excluded.field_names, stored_at = excluded.stored_at,
                            stored_by = excluded.stored_by
                        """)
                .params(
                        sealed.account().value(),
                        force.value(),
                        sealed.keyFingerprint(),
                        sealed.sealed(),
                        sealed.fields().toArray(String[]::new),
                        Timestamp.from(sealed.storedAt()),
                        sealed.storedBy())
                .update();
    }

    public Optional<Sealed> find(ForceId force, AccountId account) {
        return jdbc.sql("select * from accounts.channel_credential where force_id = ? and account_id = ?")
                .params(force.value(), account.value())
                .query((rs, n) -> new Sealed(
                        account,
                        rs.getString("key_fingerprint"),
                        rs.getBytes("sealed"),
                        Arrays.stream((Object[]) rs.getArray("field_names").getArray())
                                .map(String::valueOf)
                                .toList(),
                        rs.getTimestamp("stored_at").toInstant(),
                        rs.getString("stored_by")))
                .optional();
    }

    public boolean delete(ForceId force, AccountId account) {
        return jdbc.sql("delete from accounts.channel_credential where force_id = ? and account_id = ?")
                        .params(force.value(), account.value())
                        .update()
                == 1;
    }
}
