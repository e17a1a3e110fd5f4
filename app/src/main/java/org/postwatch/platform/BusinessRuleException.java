package org.postwatch.platform;

/** A request that breaks a rule of the domain; its message is safe and useful to show the user. */
public class BusinessRuleException extends RuntimeException {

    public BusinessRuleException(String message) {
        super(message);
    }
}
