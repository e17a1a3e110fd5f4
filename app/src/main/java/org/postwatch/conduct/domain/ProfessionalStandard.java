package org.postwatch.conduct.domain;

/** The Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Schedule 2). */
public enum ProfessionalStandard {
    HONESTY_AND_INTEGRITY("Honesty and integrity"),
    AUTHORITY_RESPECT_AND_COURTESY("Authority, respect and courtesy"),
    EQUALITY_AND_DIVERSITY("Equality and diversity"),
    USE_OF_FORCE("Use of force"),
    ORDERS_AND_INSTRUCTIONS("Orders and instructions"),
    DUTIES_AND_RESPONSIBILITIES("Duties and responsibilities"),
    CONFIDENTIALITY("Confidentiality"),
    FITNESS_FOR_WORK("Fitness for work"),
    DISCREDITABLE_CONDUCT("Discreditable conduct"),
    CHALLENGING_AND_REPORTING("Challenging and reporting improper conduct");

    private final String label;

    ProfessionalStandard(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
