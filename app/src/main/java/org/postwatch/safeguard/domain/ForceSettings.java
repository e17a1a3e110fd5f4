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
     * that is not a plausible UK number, with every problem listed.
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
            }
            if (digits.length() < 3 || digits.length() > 11) {
                problems.add("'" + line + "' is not a UK phone number (3 to 11 digits)");
                continue;
            }
            numbers.add(digits);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join(". ", problems));
        }
        return List.copyOf(numbers);
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
