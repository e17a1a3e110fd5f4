package org.postwatch.training;

import java.util.List;
import org.postwatch.accounts.AccountKind;
import org.postwatch.accounts.Channel;

/**
 * The courses that must be current to post to a kind of account on a channel.
 *
 * @param channel null for the courses required on every channel
 */
public record AccreditationRule(AccountKind kind, Channel channel, List<Course> courses) {

    public AccreditationRule {
        courses = List.copyOf(courses);
    }
}
