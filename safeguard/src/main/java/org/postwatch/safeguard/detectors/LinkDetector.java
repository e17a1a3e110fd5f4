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
 * Links: shorteners hide where a link really goes (MEDIUM, reviewed); other sites outside the force's allow-list
 * get advice (LOW).
 */
public final class LinkDetector implements Detector {

    // A scheme or "www." makes anything a link; a bare domain counts only with a common top-level domain,
    // so "e.g." and "10.30am" are not links. Quantifiers are bounded: no backtracking blow-up.
    private static final Pattern LINK = Pattern.compile(
            "(?<![\\w@.-])(?:(?:https?://|www\\.)[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}"
                    + "|[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,6}\\.(?:com|org|net|uk|ly|io|gl|gd|info)(?![a-z0-9-])"
                    // Top-level domains that are also English words ("arrested.It was") need a path to count.
                    + "|[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,6}\\.(?:co|me|to|at|cc|in|it|id|be|ws|link|app)(?=/))"
                    + "(?::\\d{1,5})?(?:/[^\\s]{0,2048})?",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> SHORTENERS =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/link-shorteners.txt"));
    private static final Set<String> ALWAYS_ALLOWED =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/link-allowed-domains.txt"));
    private static final Set<String> SOCIAL_PLATFORMS =
            Set.copyOf(WordList.load("org/postwatch/safeguard/detectors/link-social-platforms.txt"));

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Category category() {
        return Category.LINK;
    }

    @Override
    public List<Finding> detect(String text, CheckContext context) {
        if (text.indexOf('.') < 0) {
            return List.of();
        }
        Set<String> forceAllowed = context.force().allowedLinkDomains();
        List<Finding> findings = new ArrayList<>();
        for (MatchResult m : Windows.inWordsWith(LINK, text, '.')) {
            int end = trimTrailingPunctuation(text, m.start(), m.end());
            if (end < text.length() && text.charAt(end) == '@') {
                continue;
            }
            String host = host(text.substring(m.start(), end));
            Span span = new Span(m.start(), end);
            if (SHORTENERS.contains(host)) {
                findings.add(new Finding(
                        Category.LINK,
                        "link.shortener",
                        span,
                        Severity.MEDIUM,
                        0.95,
                        "This is a shortened link (" + host + "): readers cannot see where it goes, and it may"
                                + " look like a scam.",
                        "Use the full address of the page instead."));
            } else if (!isAllowed(host, forceAllowed) && !isPoliceAccount(host, text, m.start(), end)) {
                findings.add(new Finding(
                        Category.LINK,
                        "link.outside-allow-list",
                        span,
                        Severity.LOW,
                        0.9,
                        "This links to " + host + ", which is not on the force's list of trusted sites.",
                        "Check the site is trustworthy and official, or link to a police.uk or gov.uk page."));
            }
        }
        return findings;
    }

    static String host(String link) {
        String host = link.toLowerCase(Locale.ROOT);
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
        }
        int cut = host.length();
        for (char stop : new char[] {'/', ':', '?', '#'}) {
            int at = host.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        host = host.substring(0, cut);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isAllowed(String host, Set<String> forceAllowed) {
        for (String candidate = host; ; ) {
            if (ALWAYS_ALLOWED.contains(candidate) || containsIgnoringCase(forceAllowed, candidate)) {
                return true;
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return false;
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    /**
     * A link to an account on a social platform whose handle says it is a police one ("youtube.com/@KentPolice",
     * "instagram.com/harrowfieldpolicedogs"): the force pointing to its own channel. Only the account page itself,
     * with nothing after the handle but a slash, so a post or video on the platform is still checked.
     */
    static boolean isPoliceAccount(String host, String text, int start, int end) {
        String bare = host.startsWith("m.") ? host.substring(2) : host;
        if (!SOCIAL_PLATFORMS.contains(bare)) {
            return false;
        }
        String link = text.substring(start, end).toLowerCase(Locale.ROOT);
        int at = link.indexOf(bare);
        int slash = at < 0 ? -1 : link.indexOf('/', at + bare.length());
        if (slash < 0) {
            return false;
        }
        String handle = link.substring(slash + 1);
        if (handle.endsWith("/")) {
            handle = handle.substring(0, handle.length() - 1);
        }
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        if (handle.isEmpty() || handle.length() > 40) {
            return false;
        }
        for (int i = 0; i < handle.length(); i++) {
            char c = handle.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return handle.contains("police") || handle.contains("constab") || handle.contains("pcso");
    }

    private static boolean containsIgnoringCase(Set<String> domains, String domain) {
        for (String allowed : domains) {
            if (allowed.equalsIgnoreCase(domain)) {
                return true;
            }
        }
        return false;
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start && ".,;:!?)'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
