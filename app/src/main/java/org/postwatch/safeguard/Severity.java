package org.postwatch.safeguard;

/** How serious a finding is. CRITICAL (a child or a sexual-offence complainant identified) always blocks. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
