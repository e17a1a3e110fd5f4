package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwatch.safeguard.engine.AnalysedText;
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
    static final Windows.Anchored EMAIL_AT = Windows.anchored(EMAIL);

    private static final List<String> ORGANISATIONAL_SUFFIXES =
            WordList.load("org/postwatch/safeguard/detectors/organisational-email-domains.txt");
    private static final Set<String> ROLE_MAILBOXES =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/role-mailboxes.txt"));
    // A part of a shared mailbox's name: a role word, or a partner scheme's word (read only as a part, never alone).
    private static final Set<String> MAILBOX_PART_WORDS = java.util.stream.Stream.concat(
                    ROLE_MAILBOXES.stream(),
                    WordList.load("org/postwatch/safeguard/detectors/scheme-words.txt").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
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

    // "jen.w [at] gmail [dot] com", "jenw at hotmail dot co dot uk": an address spelt out to dodge filters. Only at
    // consumer providers, so "meet us at the Guildhall" is never read as one.
    private static final Pattern SPELT_OUT = Pattern.compile(
            "(?<![\\w.+'-])([a-z0-9][a-z0-9._%+'-]{1,63}(?:\\s{1,2}(?:dot|[\\[(]dot[\\])])\\s{1,2}[a-z0-9_%+'-]{1,30}){0,3})"
                    + "\\s{0,2}(?:[\\[({<]\\s{0,2}at\\s{0,2}[\\])}>]|\\sat\\s|\\s@|@\\s)\\s{0,2}"
                    + "(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol|protonmail|live|ntlworld|sky"
                    + "|virginmedia|talktalk|blueyonder|tiscali|msn|gmx|proton)"
                    + "\\s{0,2}(?:[\\[({<]\\s{0,2}dot\\s{0,2}[\\])}>]|\\sdot\\s|\\.)\\s{0,2}"
                    + "(?:com|co(?:\\s{0,2}(?:[\\[({<]\\s{0,2}dot\\s{0,2}[\\])}>]|\\sdot\\s|\\.)\\s{0,2}uk)?|net|me)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> PROVIDERS = List.of(
            "gmail",
            "hotmail",
            "outlook",
            "yahoo",
            "icloud",
            "btinternet",
            "aol",
            "protonmail",
            "live",
            "ntlworld",
            "sky",
            "virginmedia",
            "talktalk",
            "blueyonder",
            "tiscali",
            "msn",
            "gmx",
            "proton");
    private static final Set<String> NOT_A_MAILBOX = Set.of("me", "us", "him", "her", "them", "you", "email", "mail");

    @Override
    public List<Finding> detect(AnalysedText text, CheckContext context) {
        List<Finding> findings = withAtSign(text.original(), context);
        String lower = LowerCase.of(text);
        int at = lower.indexOf("at");
        while (at > 0 && at + 3 < lower.length()) {
            if (!Character.isLetterOrDigit(lower.charAt(at - 1))
                    && !Character.isLetterOrDigit(lower.charAt(at + 2))
                    && providerAt(lower, at + 2)) {
                return spelledOut(text.original(), Math.max(0, at - 68), findings);
            }
            at = lower.indexOf("at", at + 2);
        }
        // "jo.bloggs @ gmail.com": an at sign with spaces round it
        int sign = lower.indexOf('@');
        while (sign > 0 && sign + 2 < lower.length()) {
            if ((lower.charAt(sign - 1) == ' ' || lower.charAt(sign + 1) == ' ') && providerAt(lower, sign + 1)) {
                return spelledOut(text.original(), Math.max(0, sign - 68), findings);
            }
            sign = Windows.next(lower, '@', sign + 1);
        }
        return findings;
    }

    /** A consumer provider's name after at most three spaces or brackets: " gmail", "] hotmail". */
    private static boolean providerAt(String lower, int from) {
        int k = from;
        while (k < lower.length() && k < from + 3 && !Character.isLetterOrDigit(lower.charAt(k))) {
            k++;
        }
        for (String provider : PROVIDERS) {
            if (lower.startsWith(provider, k)) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> spelledOut(String text, int from, List<Finding> found) {
        List<Finding> findings = new ArrayList<>(found);
        Matcher m = SPELT_OUT.matcher(text);
        m.region(from, Math.min(text.length(), from + 160));
        while (m.find() && findings.size() < Windows.MAX_MATCHES) {
            if (NOT_A_MAILBOX.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.email",
                    new Span(m.start(), m.end()),
                    Severity.HIGH,
                    0.9,
                    "This is a personal e-mail address written out in words.",
                    "Remove it, or give the force's own contact details instead."));
        }
        return findings;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        return detect(AnalysedText.of(text), context);
    }

    private static List<Finding> withAtSign(String text, CheckContext context) {
        if (text.indexOf('@') < 0) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (MatchResult m : Windows.atAnchor(EMAIL_AT, text, '@', "._%+'-", 64, 200)) {
            String local = m.group(1).toLowerCase(Locale.ROOT);
            String domain = m.group(2).toLowerCase(Locale.ROOT);
            int end = m.end();
            while (end > m.start(2) && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
                end--;
            }
            if (isRoleMailbox(local, domain)) {
                continue;
            }
            boolean ownMailbox = false;
            if (isOrganisational(domain, context)) {
                if (!isPersonalMailboxDomain(domain, context) || !personShaped(local)) {
                    continue;
                }
                ownMailbox = true;
            }
            boolean freeMail = FREE_MAIL.contains(domain);
            findings.add(new Finding(
                    Category.PERSONAL_DATA,
                    "personal-data.email",
                    new Span(m.start(), end),
                    ownMailbox ? Severity.MEDIUM : Severity.HIGH,
                    freeMail ? 0.95 : ownMailbox ? 0.7 : 0.85,
                    "This looks like a personal e-mail address.",
                    "Remove it, or give the force's own contact details instead."));
        }
        return findings;
    }

    // Bodies that give every student or member of staff a mailbox of their own: "d.oconnell@student.leeds.ac.uk",
    // "sarah.doyle7@nhs.net". An address there shaped like a person's name is that person's, unless the force's
    // own. Councils and police forces are left alone: their staff are named in role.
    private static final List<String> PERSONAL_MAILBOX_SUFFIXES = List.of("ac.uk", "nhs.net");

    private static boolean isPersonalMailboxDomain(String domain, CheckContext context) {
        for (String own : context.force().emailDomains()) {
            if (matches(domain, own.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (String suffix : PERSONAL_MAILBOX_SUFFIXES) {
            if (matches(domain, suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "d.oconnell", "sarah.doyle7", "a.brennan2": two or three parts of letters joined by a dot, a hyphen or an
     * underscore, a digit or two allowed at the end, with no part a role word.
     */
    private static boolean personShaped(String local) {
        int parts = 0;
        int start = 0;
        int end = local.length();
        while (end > 0 && Character.isDigit(local.charAt(end - 1)) && local.length() - end < 2) {
            end--;
        }
        for (int k = 0; k <= end; k++) {
            if (k == end || local.charAt(k) == '.' || local.charAt(k) == '-' || local.charAt(k) == '_') {
                String part = local.substring(start, k);
                if (part.isEmpty()
                        || ROLE_MAILBOXES.contains(part)
                        || !part.chars().allMatch(Character::isLetter)) {
                    return false;
                }
                parts++;
                start = k + 1;
            }
        }
        return parts >= 2 && parts <= 3;
    }

    /**
     * "info@", or a shared mailbox whose every part is a role word at an organisation's own domain:
     * "events.team@", "community-safety@". Never at a consumer provider, where "team.jones@" is a person.
     */
    private static boolean isRoleMailbox(String local, String domain) {
        if (ROLE_MAILBOXES.contains(local)) {
            return true;
        }
        if (FREE_MAIL.contains(domain)) {
            return false;
        }
        if (local.length() <= 32 && local.chars().allMatch(c -> c >= 'a' && c <= 'z') && roleWords(local, 0, 0)) {
            return true; // "supportline@", "asbteam@", "helpdesk@": role words run together
        }
        int parts = 0;
        int start = 0;
        for (int k = 0; k <= local.length(); k++) {
            if (k == local.length() || local.charAt(k) == '.' || local.charAt(k) == '-' || local.charAt(k) == '_') {
                if (k == start || !isRoleWord(local.substring(start, k))) {
                    return false;
                }
                parts++;
                start = k + 1;
            }
        }
        return parts > 1;
    }

    /** A role word, or a partner scheme's word, as one part of a shared mailbox's name. */
    private static boolean isRoleWord(String part) {
        return MAILBOX_PART_WORDS.contains(part);
    }

    /** Whether {@code local} from {@code from} is two or three role words run together, with no separator. */
    private static boolean roleWords(String local, int from, int found) {
        if (from == local.length()) {
            return found >= 2;
        }
        if (found == 3) {
            return false;
        }
        for (int k = from + 2; k <= local.length(); k++) {
            if (isRoleWord(local.substring(from, k)) && roleWords(local, k, found + 1)) {
                return true;
            }
        }
        return false;
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
