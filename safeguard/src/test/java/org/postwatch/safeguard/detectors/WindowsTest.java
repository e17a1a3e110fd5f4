package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The windows skip positions by a table of first characters, a detector's gate and a sliding count of digits: on
 * random text made of what the detectors look for, they find exactly what the plain versions (each window's digits
 * counted afresh, every start tried) find, and the table and gate never turn away a position where a match starts.
 */
class WindowsTest {

    /** Each windowed pattern with the window its detector uses: before, after, fewest digits. */
    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of("phone", PhoneNumberDetector.PHONE_WINDOWS, 3, 26, 10),
                Arguments.of("nino", NationalInsuranceNumberDetector.NINO_WINDOWS, 3, 14, 6),
                Arguments.of("vehicle", VehicleRegistrationDetector.DATED_WINDOWS, 4, 10, 1),
                Arguments.of("vehicle-any-case", VehicleRegistrationDetector.ANY_CASE_WINDOWS, 4, 10, 1),
                Arguments.of("card", PaymentCardDetector.CARD_WINDOWS, 0, 30, 13),
                Arguments.of("nhs", NhsNumberDetector.NHS_WINDOWS, 0, 14, 10),
                Arguments.of("street", PostalAddressDetector.STREET_WINDOWS, 0, 160, 1),
                Arguments.of("postcode", PostalAddressDetector.POSTCODE_WINDOWS, 2, 8, 1));
    }

    private static final List<String> PIECES = List.of(
            "07700 900123",
            "+44 7700 900 123",
            "(01452) 726 000",
            "0044 20 7946 0018",
            "QQ 12 34 56 C",
            "ZK818224A",
            "AB12 CDE",
            "A123 BCD",
            "ABC 123D",
            "KLZ 4821",
            "ab12cde",
            "4111 1111 1111 1111",
            "943 476 5919",
            "12 Church Lane",
            "14A Mill Road, Stroud",
            "48 Heol Llanishen Fach",
            "3 The Paddocks, Bishops",
            "no.12 High Street",
            "7-9 Kingsway",
            "GL5 3AB",
            "m25 5aa",
            "£1 ",
            "01/02/2003 ",
            "jo.bloggs@gmail.com",
            "a@b.co",
            "@@",
            "#");

    private static String randomText(Random random, int length) {
        String alphabet = "0123456789 0 1 7 4 +()-./,:£@#aAbBcCzZGLSWQ\n\t\u00A0éŁ";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            if (random.nextInt(6) == 0) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            } else {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return text.toString();
    }

    @Test
    void digitsHoldEveryRunStartAndCountTheDigitsOfAnyRange() {
        Random random = new Random(20261122);
        for (int round = 0; round < 2000; round++) {
            String text = randomText(random, random.nextInt(200));
            Windows.Digits digits = Windows.Digits.of(text);
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (isAsciiDigit(text.charAt(i)) && (i == 0 || !isAsciiDigit(text.charAt(i - 1)))) {
                    starts.add(i);
                }
            }
            List<Integer> found = new ArrayList<>();
            for (int r = 0; r < digits.runs(); r++) {
                found.add(digits.runStarts()[r]);
            }
            assertThat(found).as(text).isEqualTo(starts);
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            long plain = text.substring(from, to)
                    .chars()
                    .filter(WindowsTest::isAsciiDigit)
                    .count();
            assertThat(digits.between(from, to))
                    .as("%s [%d, %d)", text, from, to)
                    .isEqualTo((int) plain);
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void nearDigitsFindsWhatTryingEveryStartFinds(
            String name, Windows.Anchored pattern, int before, int after, int minDigits) {
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random, random.nextInt(round < 2900 ? 120 : 4000));
            assertThat(spans(Windows.nearDigits(pattern, text, before, after, minDigits)))
                    .as(text)
                    .isEqualTo(spans(plainNearDigits(pattern.pattern(), text, before, after, minDigits)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void noMatchStartsWhereTheTableOrGateSaysNone(
            String name, Windows.Anchored pattern, int before, int after, int minDigits) {
        Random random = new Random(~name.hashCode());
        for (int round = 0; round < 1000; round++) {
            String text = randomText(random, random.nextInt(80));
            Matcher m =
                    pattern.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int start = 0; start < text.length(); start++) {
                m.region(start, text.length());
                if (m.lookingAt()) {
                    assertThat(pattern.mayStartAt(text, start))
                            .as("%s at %d", text, start)
                            .isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aLongRunOfOneShapeFindsWhatThePlainVersionFinds(String text) {
        windows().forEach(arguments -> {
            Object[] a = arguments.get();
            Windows.Anchored pattern = (Windows.Anchored) a[1];
            int before = (int) a[2];
            int after = (int) a[3];
            int minDigits = (int) a[4];
            assertThat(spans(Windows.nearDigits(pattern, text, before, after, minDigits)))
                    .isEqualTo(spans(plainNearDigits(pattern.pattern(), text, before, after, minDigits)));
        });
    }

    static Stream<String> texts() {
        return Stream.of(
                "1 ".repeat(3000),
                "£1 ".repeat(2000),
                "01/02/2003 ".repeat(500),
                "07700 900123 ".repeat(300),
                "GL1 2AB ".repeat(500),
                "AB12 CDE ".repeat(500),
                "12 Church Lane ".repeat(300),
                "1".repeat(5000),
                // Digits far apart: each window starts past the last one's end.
                ("Thanks to everyone who called 101 about the burglary on Elm Road; quote incident 123 of today,"
                                + " or call 07700 900123 or 0044 20 7946 0018 from abroad. ZK818224A 4111 1111 1111 1111 ")
                        .repeat(40));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("atTexts")
    void atAnchorFindsWhatTryingEveryAnchorFinds(String text) {
        Windows.Anchored email = EmailAddressDetector.EMAIL_AT;
        assertThat(spans(Windows.atAnchor(email, text, '@', "._%+'-", 64, 200)))
                .isEqualTo(spans(plainAtAnchor(email.pattern(), text, '@', "._%+'-", 64, 200)));
    }

    static Stream<String> atTexts() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(
                List.of("@".repeat(5000), "@a ".repeat(2000), "a@b.".repeat(1000), "jo.bloggs@gmail.com, @@x@y.z"));
        for (int i = 0; i < 300; i++) {
            texts.add(randomText(random, random.nextInt(150)));
        }
        return texts.stream();
    }

    private static List<String> spans(List<MatchResult> found) {
        return found.stream()
                .map(m -> m.start() + "-" + m.end() + (m.groupCount() > 0 ? ":" + m.start(1) : ""))
                .toList();
    }

    /** The windows as they were: each window's digits counted afresh, and every start in it tried. */
    private static List<MatchResult> plainNearDigits(
            Pattern pattern, String text, int before, int after, int minDigits) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int covered = 0;
        for (int i = 0; i < text.length() && found.size() < Windows.MAX_MATCHES; i++) {
            if (i < covered || !isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
                continue;
            }
            int limit = Math.min(text.length(), i + after);
            int digits = 0;
            for (int k = Math.max(0, i - before); k < limit; k++) {
                digits += isDigit(text.charAt(k)) ? 1 : 0;
            }
            if (digits < minDigits) {
                continue;
            }
            for (int start = Math.max(covered, i - before); start <= i; start++) {
                m.region(start, limit);
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    covered = m.end();
                    break;
                }
            }
        }
        return found;
    }

    private static List<MatchResult> plainAtAnchor(
            Pattern pattern, String text, char anchor, String wordChars, int before, int after) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int covered = 0;
        for (int at = text.indexOf(anchor);
                at >= 0 && found.size() < Windows.MAX_MATCHES;
                at = text.indexOf(anchor, at + 1)) {
            if (at < covered) {
                continue;
            }
            int start = at;
            while (start > covered
                    && at - start < before
                    && ((text.charAt(start - 1) < 128 && Character.isLetterOrDigit(text.charAt(start - 1)))
                            || wordChars.indexOf(text.charAt(start - 1)) >= 0)) {
                start--;
            }
            m.region(start, Math.min(text.length(), at + after));
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                covered = m.end();
            }
        }
        return found;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
