package org.postwatch.safeguard.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.postwatch.safeguard.domain.CaseDetails;
import org.postwatch.safeguard.domain.CourtCase;

/**
 * The add and edit court case form; names and restrictions one per line, the hearing date as day, month, year.
 * Messages use the typographic apostrophe: Spring renders a field error's message through MessageFormat, which drops
 * a plain one ("defendants name").
 */
public record CaseForm(
        @NotBlank(message = "Enter the case reference")
        @Size(max = 100, message = "The case reference can be at most 100 characters")
        String reference,

        @NotBlank(message = "Enter at least one defendant’s name")
        @Size(max = 2_000, message = "The defendants’ names can be at most 2,000 characters")
        String defendants,

        @NotBlank(message = "Enter the offence charged")
        @Size(max = 500, message = "The offence can be at most 500 characters")
        String offence,

        @NotBlank(message = "Enter the court") @Size(max = 200, message = "The court can be at most 200 characters")
        String court,

        String hearingDay,
        String hearingMonth,
        String hearingYear,

        @Size(max = 4_000, message = "The reporting restrictions can be at most 4,000 characters")
        String restrictions,

        @Size(max = 2_000, message = "The names of the people the court protects can be at most 2,000 characters")
        String protectedNames) {

    /** Without the names the court protects, which must not reach a log. */
    @Override
    public String toString() {
        return "CaseForm[reference=" + reference + "]";
    }

    static CaseForm empty() {
        return new CaseForm("", "", "", "", "", "", "", "", "");
    }

    static CaseForm of(CourtCase c) {
        CaseDetails d = c.details();
        LocalDate hearing = d.nextHearing();
        return new CaseForm(
                d.reference(),
                String.join("\n", d.defendants()),
                d.offence(),
                d.court(),
                hearing == null ? "" : String.valueOf(hearing.getDayOfMonth()),
                hearing == null ? "" : String.valueOf(hearing.getMonthValue()),
                hearing == null ? "" : String.valueOf(hearing.getYear()),
                String.join("\n", d.restrictions()),
                String.join("\n", d.protectedNames()));
    }

    boolean hearingGiven() {
        return !(blank(hearingDay) && blank(hearingMonth) && blank(hearingYear));
    }

    /** The hearing date, or null when none was given; throws when what was given is not a date. */
    LocalDate nextHearing() {
        if (!hearingGiven()) {
            return null;
        }
        try {
            int year = Integer.parseInt(hearingYear.strip());
            if (year < 2000 || year > 2100) {
                throw new IllegalArgumentException("year");
            }
            return LocalDate.of(year, Integer.parseInt(hearingMonth.strip()), Integer.parseInt(hearingDay.strip()));
        } catch (NumberFormatException | DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException("not a date", e);
        }
    }

    CaseDetails details() {
        return new CaseDetails(
                reference.strip(),
                lines(defendants),
                offence.strip(),
                court.strip(),
                nextHearing(),
                lines(restrictions),
                lines(protectedNames));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\\R"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
