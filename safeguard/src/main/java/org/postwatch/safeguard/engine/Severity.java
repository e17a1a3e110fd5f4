package org.postwatch.safeguard.engine;

/**
 * How serious a finding is. {@link #CRITICAL} means the post must never go out as written (a child or a
 * sexual-offence complainant identified, for example): no policy can lower it on a force account.
 */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
