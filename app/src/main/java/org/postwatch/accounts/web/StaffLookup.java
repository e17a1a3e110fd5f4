package org.postwatch.accounts.web;

import java.util.List;
import java.util.Optional;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.identity.StaffStatus;
import org.springframework.stereotype.Component;

/**
 * Finds one serving member of staff from what an account manager typed: an e-mail address, a collar number or a
 * name. Asks for something more exact when several people match.
 */
@Component
class StaffLookup {

    sealed interface Found {}

    record Person(StaffMember member) implements Found {}

    record Problem(String message) implements Found {}

    private final StaffDirectory directory;

    StaffLookup(StaffDirectory directory) {
        this.directory = directory;
    }

    Found find(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return new Problem("Enter a name, e-mail address or collar number");
        }
        Optional<StaffMember> exact =
                text.contains("@") ? directory.findByEmail(text) : directory.findByCollarNumber(text);
        if (exact.isPresent()) {
            return exact.get().isActive()
                    ? new Person(exact.get())
                    : new Problem(exact.get().fullName() + " has left the force");
        }
        List<StaffMember> matches = directory.search(text, StaffStatus.ACTIVE, null);
        if (matches.size() == 1) {
            return new Person(matches.getFirst());
        }
        if (matches.isEmpty()) {
            return new Problem("No serving member of staff matches '" + text + "'");
        }
        return new Problem(
                matches.size() + " people match '" + text + "': enter their e-mail address or collar number instead");
    }

    /** How a person is written back into a form field, so a round trip finds the same person. */
    static String typed(StaffMember member) {
        return member.email();
    }
}
