package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Severity;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.WordList;

/**
 * Personal e-mail addresses. Addresses at the force's own domains, at public bodies ({@code *.police.uk},
 * {@code *.gov.uk}, {@code *.nhs.uk} ...) and role mailboxes such as {@code info@} are organisational, not
 * personal, and are not flagged.
 */
public final class EmailAddressDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+'-])([a-z0-9][a-z0-9._%+'-]{0,63})@([a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,6})",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> ORGANISATIONAL_SUFFIXES =
            WordList.load("org/postwatch/safeguard/detectors/organisational-email-domains.txt");
    private static final Set<String> ROLE_MAILBOXES =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/role-mailboxes.txt"));
    private static final Set<String> FREE_MAIL =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/free-mail-domains.txt"));

    @Override
    public String name() {
        return "personal-data.email";
    }

    @Override
    public Category category() {
        return Category.PERSONAL_DATA;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (MatchResult m : Windows.atAnchor(EMAIL, text, '@', "._%+'-", 64, 200)) {
            String local = m.group(1).toLowerCase(Locale.ROOT);
            String domain = m.group(2).toLowerCase(Locale.ROOT);
            int end = m.end();
            while (end > m.start(2) && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (isOrganisational(domain, context) || ROLE_MAILBOXES.contains(local)) {
                continue;
            }
            boolean freeMail = FREE_MAIL.contains(domain);
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.email",
                    new Span(m.start(), end),
                    Severity.HIGH,
                    freeMail ? 0.95 : 0.85,
                    "This looks like a personal e-mail address.",
                    "Remove it, or give the force's own contact details instead."));
        }
        return findings;
    }

    private static boolean isOrganisational(String domain, CheckContext context) {
        for (String own : context.force().emailDomains()) {
            if (matches(domain, own.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String suffix : ORGANISATIONAL_SUFFIXES) {
            if (matches(domain, suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String domain, String suffix) {
        return domain.equals(suffix) || domain.endsWith("." + suffix);
    }
}
