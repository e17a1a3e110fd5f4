package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

class LinkDetectorTest {

    private final LinkDetector detector = new LinkDetector();

    @ParameterizedTest(name = "flags \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            More at bit.ly/3xYz9 today                      | link.shortener
            See https://tinyurl.com/abc123.                 | link.shortener
            Details: t.co/AbCdEf                            | link.shortener
            Buy tickets at www.cheap-tickets.example.com    | link.outside-allow-list
            Read https://randomblog.net/post/1              | link.outside-allow-list
            """)
    void flags(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .containsExactly(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Apply at www.gloucestershire.police.uk/careers
            Report at https://www.actionfraud.police.uk/
            Advice at www.gov.uk/report-fraud and nhs.uk
            Call Crimestoppers or visit crimestoppers-uk.org
            Partner news at https://glos.example.org/news
            We arrested 3 people e.g. in Quedgeley at 10.30am.
            Email media@south-wales.police.uk
            It was late.It was dark.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost())).isEmpty();
    }
}
