package org.postwatch.identity;

/** The kind of employment, which matters for conduct statistics and FOI answers. */
public enum StaffType {
    POLICE_OFFICER("Police officer"),
    PCSO("Police community support officer"),
    SPECIAL_CONSTABLE("Special constable"),
    POLICE_STAFF("Police staff");

    private final String label;

    StaffType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
