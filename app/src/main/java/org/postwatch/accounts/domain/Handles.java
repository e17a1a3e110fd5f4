package org.postwatch.accounts.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwatch.accounts.Channel;
import org.postwatch.platform.BusinessRuleException;

/** How each channel writes account names: most with a leading "@"; Facebook pages and Nextdoor by name. */
final class Handles {

    private static final Set<Channel> AT_HANDLES = EnumSet.complementOf(EnumSet.of(Channel.FACEBOOK, Channel.NEXTDOOR));
    private static final Pattern AT_HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.\\-]{1,60}(@[\\p{L}\\p{N}.\\-]{1,100})?");

    private Handles() {}

    static String normalise(Channel channel, String handle) {
        String trimmed = handle == null ? "" : handle.trim();
        if (trimmed.isEmpty() || "@".equals(trimmed)) {
            throw new BusinessRuleException("Enter the account's handle or name on " + channel.label());
        }
        if (trimmed.length() > 120) {
            throw new BusinessRuleException("The handle is too long");
        }
        if (!AT_HANDLES.contains(channel)) {
            return trimmed;
        }
        String withAt = trimmed.startsWith("@") ? trimmed : "@" + trimmed;
        if (!AT_HANDLE.matcher(withAt).matches()) {
            throw new BusinessRuleException("A handle on " + channel.label()
                    + " is written like @GlosPoliceDogs: letters, numbers, dots, dashes and underscores, no spaces");
        }
        return withAt;
    }
}
