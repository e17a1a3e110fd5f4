package org.postwatch.audit;

/**
 * What happened, as a stable code such as {@code staff.created}. Modules define their own actions as constants or
 * enums implementing this; the code is what the trail stores and filters on.
 */
public interface AuditAction {

    String code();

    static AuditAction of(String code) {
        return () -> code;
    }
}
