package org.postwatch.safeguard.domain;

import java.util.List;
import org.postwatch.platform.BusinessRuleException;

/** Policy text the engine cannot use, with every problem it found, each starting with its line number. */
public class InvalidPolicyException extends BusinessRuleException {

    private final List<String> errors;

    public InvalidPolicyException(List<String> errors) {
        super("The policy has " + errors.size() + (errors.size() == 1 ? " problem: " : " problems: ")
                + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
