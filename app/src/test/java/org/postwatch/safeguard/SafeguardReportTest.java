package org.postwatch.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeguardReportTest {

    static CheckFinding finding(int start, int end, Outcome outcome) {
        return new CheckFinding(
                Category.PERSONAL_DATA, "personal-data.name", start, end, Severity.HIGH, 0.9, "Why", null, outcome);
    }

    static SafeguardReport report(CheckFinding... findings) {
        return new SafeguardReport(
                Outcome.BLOCK,
                List.of(findings),
                Set.of(Category.PERSONAL_DATA),
                "Default",
                "2025.1",
                1,
                Duration.ZERO);
    }

    @Test
    void markedTextCutsThePostAtEveryFindingsEdgesAndNamesTheFindingsOfEachPiece() {
        String text = "Victim Jane Smith, 34, of Stroud";
        List<MarkedText> pieces = report(finding(7, 17, Outcome.BLOCK), finding(7, 21, Outcome.REVIEW))
                .marked(text);

        assertThat(pieces).extracting(MarkedText::text).containsExactly("Victim ", "Jane Smith", ", 34", ", of Stroud");
        assertThat(pieces.get(0).isMarked()).isFalse();
        assertThat(pieces.get(1).findings()).containsExactly(1, 2);
        assertThat(pieces.get(1).outcome()).as("the stronger of the two").isEqualTo(Outcome.BLOCK);
        assertThat(pieces.get(1).endingHere()).containsExactly(1);
        assertThat(pieces.get(2).findings()).containsExactly(2);
        assertThat(pieces.get(2).endingHere()).containsExactly(2);
        assertThat(String.join("", pieces.stream().map(MarkedText::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void attachmentFindingsMarkNoWordsAndAPostWithoutFindingsIsOnePiece() {
        CheckFinding attachment = new CheckFinding(
                Category.MEDIA_RIGHTS,
                "media-rights.undeclared",
                0,
                0,
                Severity.MEDIUM,
                1,
                "No right declared",
                null,
                Outcome.REVIEW);

        assertThat(report(attachment).marked("Road closed")).singleElement().satisfies(piece -> {
            assertThat(piece.text()).isEqualTo("Road closed");
            assertThat(piece.isMarked()).isFalse();
        });
        assertThat(report().marked("")).isEmpty();
    }

    @Test
    void aRequestNeverShowsItsWordsWhenPrinted() {
        CheckRequest request = CheckRequest.of("Victim Jane Smith", Channel.X, AccountKind.PERSONAL);
        assertThat(request.toString()).doesNotContain("Jane").contains("17 characters");
    }

    @Test
    void theFingerprintIsTheSha256OfTheText() {
        assertThat(ContentFingerprint.of("abc").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentFingerprint.of("abc").matches("abd")).isFalse();
    }
}
