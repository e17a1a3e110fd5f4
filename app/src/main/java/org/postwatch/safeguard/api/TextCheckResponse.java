package org.postwatch.safeguard.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.SafeguardReport;

/** The command-line tool's output line for one text: outcome, held categories, findings, policy version. */
@Schema(description = "What the checks found, in the same format as a line of the command-line tool's output")
record TextCheckResponse(
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The request's id, when it gave one")
        String id,

        @Schema(allowableValues = {"ALLOW", "ADVISE", "REVIEW", "BLOCK"})
        String outcome,

        @Schema(description = "Categories whose findings stop the post going straight out")
        List<String> categories,

        List<FindingResponse> findings,

        @Schema(description = "The version: of the force's active policy that decided", example = "2025.1")
        String policyVersion) {

    /** One finding: a character span of the text, why it matters and what to do instead. */
    record FindingResponse(
            String category,
            String rule,

            @Schema(
                    description =
                            "First character (0-based, inclusive), counted in Unicode code points as the command-line"
                                    + " tool counts them (an emoji is one character; a JavaScript string index differs after one)")
            int start,

            @Schema(description = "Character after the last (exclusive), in code points")
            int end,

            @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH", "CRITICAL"})
            String severity,

            double confidence,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,

            @Schema(description = "The outcome this finding alone calls for")
            String outcome) {

        static FindingResponse of(String text, CheckFinding f) {
            return new FindingResponse(
                    f.category().name(),
                    f.rule(),
                    text.codePointCount(0, f.start()),
                    text.codePointCount(0, f.end()),
                    f.severity().name(),
                    f.confidence(),
                    f.reason(),
                    f.suggestion(),
                    f.outcome().name());
        }
    }

    /** The report on {@code text}; spans are converted from string indices to code points, as the CLI gives them. */
    static TextCheckResponse of(String id, String text, SafeguardReport report) {
        return new TextCheckResponse(
                id,
                report.outcome().name(),
                report.categories().stream().map(Enum::name).toList(),
                report.findings().stream().map(f -> FindingResponse.of(text, f)).toList(),
                report.policyVersion());
    }
}
