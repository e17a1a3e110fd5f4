package org.postwatch.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFingerprintTests {

    @ParameterizedTest(name = "\"{0}\" reads back as \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Read more: https://www.gloucestershire.police.uk/news/1 | Read more: https://t.co/AbC123",
                "Dogs & handlers | Dogs & handlers",
                "  Spaces   everywhere  | Spaces everywhere",
                "Thanks @glospolice@mastodon.police.uk | Thanks @glospolice",
                "Café | Café",
            })
    void platformRewritingDoesNotChangeTheFingerprint(String sent, String readBack) {
        assertThat(TextFingerprint.of(sent)).isEqualTo(TextFingerprint.of(readBack));
        assertThat(TextFingerprint.sameText(sent, readBack)).isTrue();
    }

    @Test
    void lineBreaksAndParagraphsReadBackAsSpaces() {
        assertThat(TextFingerprint.sameText("Line one\nLine two", "Line one Line two"))
                .isTrue();
        assertThat(TextFingerprint.sameText("Line one\r\n\r\nLine two", "Line one\nLine two"))
                .isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Road closed on the A40 | Road closed on the A48",
                "Missing man found | Missing man found safe",
                "PD Bramble | pd bramble",
            })
    void differentWordsAreDifferentPosts(String sent, String other) {
        assertThat(TextFingerprint.sameText(sent, other)).isFalse();
    }
}
