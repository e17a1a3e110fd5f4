package org.postwatch.identity;

/** What HR knows about a person. */
public record StaffDetails(
        String givenName,
        String familyName,
        StaffType type,
        String rank,
        String collarNumber,
        String unit,
        String email) {

    public StaffDetails {
        collarNumber = collarNumber == null || collarNumber.isBlank() ? null : collarNumber.trim();
        email = email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }
}
