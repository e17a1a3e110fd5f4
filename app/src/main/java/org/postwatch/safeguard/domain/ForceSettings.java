package org.postwatch.safeguard.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwatch.platform.BusinessRuleException;

/**
 * What a force tells the checks about itself beyond its e-mail domain: phone numbers it publishes (besides 101 and
 * 999) and websites its posts may link to without review (besides its own and the national defaults).
 */
public record ForceSettings(
        List<String> publishedNumbers, List<String> linkDomains, Instant updatedAt, String updatedByName) {

    /** Numbers every UK force publishes, never flagged as personal. */
    public static final List<String> NATIONAL_NUMBERS = List.of("101", "999");

    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    public ForceSettings {
        publishedNumbers = List.copyOf(publishedNumbers);
        linkDomains = List.copyOf(linkDomains);
    }

    /** Splits what people paste (one per line, or separated by commas or semicolons) into entries. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("[\\r\\n,;]+"));
    }

    public static ForceSettings none() {
        return new ForceSettings(List.of(), List.of(), null, null);
    }

    /**
     * Reads numbers as people type them ("01452 726920", "+44 1452 726920") into national digits, rejecting anything
     * that is not a whole UK number, with every problem listed. A whole number is a service number (101, 111, 116 123),
     * or a national number with its area code: 10 or 11 digits from 0, or a freephone as short as 0800 1111. A number
     * missing digits would never match a post, so it is refused rather than kept to no effect.
     */
    public static List<String> phoneNumbers(List<String> typed) {
        Set<String> numbers = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String raw : typed) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("[0-9+()\\s.-]+")) {
                problems.add("'" + line + "' is not a phone number: use digits, spaces and an optional +44");
                continue;
            }
            String digits = line.replaceAll("[^0-9]", "");
            if (line.startsWith("+44") || (line.startsWith("0044"))) {
                digits = "0" + digits.substring(line.startsWith("+") ? 2 : 4);
                // "+44 (0)1452 ...": the bracketed 0 is not dialled from abroad
                if (line.matches("(?:\\+|00)\\s?44\\s?\\(0\\).*")) {
                    digits = "0" + digits.substring(2);
                }
            }
            if (!isWholeNumber(digits)) {
                problems.add("'" + line + "' is not a whole UK phone number: give the area code and number, such as"
                        + " 01632 960123, or a service number such as 101 or 116 123");
                continue;
            }
            numbers.add(digits);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join(". ", problems));
        }
        return List.copyOf(numbers);
    }

    private static boolean isWholeNumber(String digits) {
        if (digits.startsWith("07") || digits.startsWith("02")) {
            return digits.length() == 11; // mobiles and 02 areas are always 11 digits: "07700 90012" is cut short
        }
        if (digits.startsWith("0")) {
            boolean freephone = digits.startsWith("0800") || digits.startsWith("0808") || digits.startsWith("0500");
            return digits.length() == 10 || digits.length() == 11 || (freephone && digits.length() >= 8);
        }
        // The real service numbers only (999, 112, 101, 105, 111, 119) and six-figure helplines of European value
        // (116 000, 116 123); not "100" or "123"
        return digits.matches("999|112|101|105|111|119|116\\d{3}");
    }

    /** A number as people read it: "01452 726920", "0800 555 111", "116 123"; digits as stored otherwise. */
    public static String readable(String digits) {
        if (!digits.matches("\\d{3,11}")) {
            return digits;
        }
        int n = digits.length();
        if (n == 6 && digits.startsWith("116")) {
            return digits.substring(0, 3) + " " + digits.substring(3);
        }
        if (n == 11 && digits.startsWith("02")) {
            return digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        }
        if (n == 11 && (digits.matches("01\\d1\\d+|011\\d+") || digits.matches("0[389]\\d+"))) {
            return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        }
        if (n == 11) {
            return digits.substring(0, 5) + " " + digits.substring(5);
        }
        if (n == 10 && digits.startsWith("08")) {
            return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        }
        if (n >= 8 && digits.startsWith("0")) {
            return digits.substring(0, 4) + " " + digits.substring(4);
        }
        return digits;
    }

    /** Reads web addresses or bare domains ("https://www.glospcc.gov.uk/news") into domains ("glospcc.gov.uk"). */
    public static List<String> domains(List<String> typed) {
        Set<String> domains = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String raw : typed) {
            String line = raw.strip().toLowerCase(Locale.ROOT);
            if (line.isEmpty()) {
                continue;
            }
            String host = line.replaceFirst("^[a-z]+://", "")
                    .replaceFirst("[/?#].*$", "")
                    .replaceFirst(":\\d+$", "");
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            if (host.length() > 253 || !DOMAIN.matcher(host).matches()) {
                problems.add("'" + raw.strip() + "' is not a web address or domain like example.gov.uk");
                continue;
            }
            domains.add(host);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join(". ", problems));
        }
        return List.copyOf(domains);
    }
}
