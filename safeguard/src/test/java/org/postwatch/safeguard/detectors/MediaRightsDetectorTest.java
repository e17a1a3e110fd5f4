package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.Attachment;
import org.postwatch.safeguard.engine.Channel;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.MediaRight;

class MediaRightsDetectorTest {

    private final MediaRightsDetector detector = new MediaRightsDetector();

    @ParameterizedTest(name = "{1} with alt text \"{2}\" and credit \"{3}\" gives [{0}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            media-rights.undeclared                                          | UNDECLARED  | A police dog | -
            media-rights.licence-unattributed                                | LICENSED    | A police dog | -
            media-rights.alt-text-missing                                    | OWN_WORK    | -            | -
            media-rights.undeclared;media-rights.alt-text-missing            | UNDECLARED  | -            | -
            -                                                                | OWN_WORK    | A police dog | -
            -                                                                | FORCE_OWNED | A police dog | -
            -                                                                | LICENSED    | A police dog | Photo: Jo Bloggs / CC BY
            """)
    void judgesEachAttachment(String expected, MediaRight right, String altText, String attribution) {
        CheckContext context = new CheckContext(
                Channel.FACEBOOK,
                AccountKind.TEAM,
                List.of(new Attachment("dog.jpg", altText, right, attribution)),
                List.of(),
                Situations.gloucestershire());
        List<String> rules = detector.detect("Meet our new recruit!", context).stream()
                .map(Finding::rule)
                .toList();
        assertThat(rules).isEqualTo(expected == null ? List.of() : List.of(expected.split(";")));
    }
}
