package org.postwatch.safeguard.domain;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Category;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.CheckAttachment;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.Outcome;
import org.postwatch.safeguard.SafeguardReport;
import org.postwatch.safeguard.Severity;
import org.postwatch.safeguard.engine.Attachment;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.MediaRight;

/**
 * Translates between the module's public terms and the engine library's. The constants have the same names on both
 * sides ({@code EngineTermsTest} keeps it so); the module's own types keep the engine an internal detail.
 */
public final class EngineTerms {

    private EngineTerms() {}

    public static org.postwatch.safeguard.engine.Channel toEngine(Channel channel) {
        return org.postwatch.safeguard.engine.Channel.valueOf(channel.name());
    }

    public static org.postwatch.safeguard.engine.AccountKind toEngine(AccountKind kind) {
        return org.postwatch.safeguard.engine.AccountKind.valueOf(kind.name());
    }

    public static List<Attachment> toEngine(List<CheckAttachment> attachments) {
        return attachments.stream()
                .map(a -> new Attachment(
                        a.name(),
                        a.altText() == null || a.altText().isBlank() ? null : a.altText(),
                        MediaRight.valueOf(a.right().name()),
                        a.attribution() == null || a.attribution().isBlank() ? null : a.attribution()))
                .toList();
    }

    public static Category fromEngine(org.postwatch.safeguard.engine.Category category) {
        return Category.valueOf(category.name());
    }

    public static Outcome fromEngine(org.postwatch.safeguard.engine.Outcome outcome) {
        return Outcome.valueOf(outcome.name());
    }

    public static CheckFinding fromEngine(org.postwatch.safeguard.engine.SafeguardReport.Decision decision) {
        Finding f = decision.finding();
        return new CheckFinding(
                fromEngine(f.category()),
                f.rule(),
                f.span().start(),
                f.span().end(),
                Severity.valueOf(f.severity().name()),
                f.confidence(),
                f.reason(),
                f.suggestion(),
                fromEngine(decision.outcome()));
    }

    /** The engine's report in the module's terms, naming the force's version number that decided. */
    public static SafeguardReport fromEngine(org.postwatch.safeguard.engine.SafeguardReport report, int policyNumber) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        report.categories().forEach(c -> categories.add(fromEngine(c)));
        return new SafeguardReport(
                fromEngine(report.outcome()),
                report.decisions().stream().map(EngineTerms::fromEngine).toList(),
                categories,
                report.policyName(),
                report.policyVersion(),
                policyNumber,
                report.elapsed() == null ? Duration.ZERO : report.elapsed());
    }
}
