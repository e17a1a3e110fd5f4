package org.postwatch.safeguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeguardEngineTest {

    private static Detector returning(Finding... findings) {
        return new Detector() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public Category category() {
                return findings.length == 0 ? Category.OFFENSIVE : findings[0].category();
            }

            @Override
            public List<Finding> detect(String text, CheckContext context) {
                return List.of(findings);
            }
        };
    }

    private static Finding finding(Category category, int start, int end, Severity severity) {
        return new Finding(
                category, category.name().toLowerCase() + ".x", new Span(start, end), severity, 0.9, "r", null);
    }

    @Test
    void postWithNoFindingsGoesStraightOut() {
        SafeguardReport report = new SafeguardEngine(List.of(returning()), Policy.defaultPolicy())
                .check("Slow down on the A38.", CheckContext.defaults());
        assertThat(report.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(report.findings()).isEmpty();
        assertThat(report.policyVersion()).isEqualTo(Policy.defaultPolicy().version());
        assertThat(report.elapsed()).isPositive();
    }

    @Test
    void overlappingFindingsInOneCategoryMergeIntoTheStrongest() {
        Finding weak = finding(Category.PERSONAL_DATA, 0, 10, Severity.MEDIUM);
        Finding strong = finding(Category.PERSONAL_DATA, 5, 12, Severity.HIGH);
        Finding otherCategory = finding(Category.CONTEMPT, 0, 10, Severity.HIGH);
        SafeguardReport report = new SafeguardEngine(
                        List.of(returning(weak, strong), returning(otherCategory)), Policy.defaultPolicy())
                .check("x".repeat(20), CheckContext.defaults());
        assertThat(report.findings()).containsExactly(otherCategory, strong);
        assertThat(report.outcome()).isEqualTo(Outcome.BLOCK);
    }

    @Test
    void theOutcomeIsTheMostRestrictiveOfItsFindings() {
        SafeguardReport report = new SafeguardEngine(
                        List.of(returning(
                                finding(Category.LINK, 0, 3, Severity.LOW),
                                finding(Category.LINK, 5, 8, Severity.MEDIUM))),
                        Policy.defaultPolicy())
                .check("x".repeat(10), CheckContext.defaults());
        assertThat(report.decisions())
                .extracting(SafeguardReport.Decision::outcome)
                .containsExactly(Outcome.ADVISE, Outcome.REVIEW);
        assertThat(report.outcome()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void aDetectorThatFailsHoldsThePostForReview() {
        Detector broken = new Detector() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Category category() {
                return Category.OFFENSIVE;
            }

            @Override
            public List<Finding> detect(String text, CheckContext context) {
                throw new IllegalStateException("boom");
            }
        };
        SafeguardReport report =
                new SafeguardEngine(List.of(broken), Policy.defaultPolicy()).check("hello", CheckContext.defaults());
        assertThat(report.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(report.findings()).extracting(Finding::rule).containsExactly("engine.detector-failed");
    }
}
