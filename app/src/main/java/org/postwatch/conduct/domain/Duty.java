package org.postwatch.conduct.domain;

/** Whether the person was on duty at the time. */
public enum Duty {
    ON_DUTY("On duty"),
    OFF_DUTY("Off duty");

    private final String label;

    Duty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
