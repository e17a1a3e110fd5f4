package org.postwatch.safeguard.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.StaffId;
import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.CheckAttachment;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.ContentFingerprint;
import org.postwatch.safeguard.DecisionId;
import org.postwatch.safeguard.Outcome;
import org.postwatch.safeguard.SafeguardDecision;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Decisions about real posts: written once, never changed. */
@Repository
public class DecisionRepository {

    private static final TypeReference<List<CheckFinding>> FINDINGS = new TypeReference<>() {};
    private static final String SELECT = "select d.*, v.name as policy_name from safeguard.decision d"
            + " join safeguard.policy_version v on v.id = d.policy_version_id ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DecisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(
            ForceId force,
            SafeguardDecision decision,
            UUID policyVersionId,
            List<CheckAttachment> attachments,
            StaffId checkedBy) {
        SafeguardReport report = decision.report();
        jdbc.sql("""
                        insert into safeguard.decision (id, force_id, post_reference, content_sha256, policy_version_id,
                            policy_number, policy_version, outcome, categories, findings, channel, account_kind,
                            attachments, checked_by, decided_at, elapsed_micros)
                        values (:id, :force, :post, :sha, :versionId, :number, :version, :outcome, :categories,
                            cast(:findings as jsonb), :channel, :kind, cast(:attachments as jsonb), :checkedBy,
                            :decidedAt, :elapsed)
                        """)
                .param("id", decision.id().value())
                .param("force", force.value())
                .param("post", decision.postReference())
                .param("sha", decision.fingerprint().sha256())
                .param("versionId", policyVersionId)
                .param("number", report.policyNumber())
                .param("version", report.policyVersion())
                .param("outcome", report.outcome().name())
                .param(
                        "categories",
                        report.categories().stream().map(Enum::name).toArray(String[]::new))
                .param("findings", json.writeValueAsString(report.findings()))
                .param("channel", decision.channel().name())
                .param("kind", decision.accountKind().name())
                .param("attachments", json.writeValueAsString(attachments))
                .param("checkedBy", checkedBy == null ? null : checkedBy.value())
                .param("decidedAt", PolicyVersionRepository.timestamp(decision.decidedAt()))
                .param("elapsed", report.elapsed().toNanos() / 1000)
                .update();
    }

    public Optional<SafeguardDecision> find(ForceId force, DecisionId id) {
        return jdbc.sql(SELECT + "where d.force_id = ? and d.id = ?")
                .params(force.value(), id.value())
                .query(this::map)
                .optional();
    }

    /** Oldest first: the order a post was checked in. */
    public List<SafeguardDecision> forPost(ForceId force, String postReference) {
        return jdbc.sql(SELECT + "where d.force_id = ? and d.post_reference = ? order by d.decided_at, d.id")
                .params(force.value(), postReference)
                .query(this::map)
                .list();
    }

    private SafeguardDecision map(ResultSet rs, int row) throws SQLException {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String c : ForceSettingsRepository.strings(rs.getArray("categories"))) {
            categories.add(Category.valueOf(c));
        }
        SafeguardReport report = new SafeguardReport(
                Outcome.valueOf(rs.getString("outcome")),
                json.readValue(rs.getString("findings"), FINDINGS),
                categories,
                rs.getString("policy_name"),
                rs.getString("policy_version"),
                rs.getInt("policy_number"),
                Duration.ofNanos(rs.getLong("elapsed_micros") * 1000));
        return new SafeguardDecision(
                new DecisionId(rs.getObject("id", UUID.class)),
                rs.getString("post_reference"),
                new ContentFingerprint(rs.getString("content_sha256")),
                Channel.valueOf(rs.getString("channel")),
                AccountKind.valueOf(rs.getString("account_kind")),
                report,
                PolicyVersionRepository.instant(rs, "decided_at"));
    }
}
