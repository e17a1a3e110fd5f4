package org.postwatch.conduct.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.postwatch.conduct.domain.InterimMeasure;
import org.postwatch.conduct.domain.Outcome;
import org.postwatch.conduct.domain.Severity;
import org.springframework.validation.BindingResult;

/** The small forms on a case page. */
public final class Forms {

    private Forms() {}

    public record AssessmentForm(
            @NotNull(message = "Choose the severity assessment")
            Severity severity,

            @NotBlank(message = "Enter the assessment date") String assessedOn) {}

    public record ConclusionForm(
            @NotNull(message = "Choose the outcome") Outcome outcome,

            @NotBlank(message = "Enter the date the case was concluded")
            String concludedOn,

            Boolean liftMeasures) {}

    public record ReopenForm(
            @NotBlank(message = "Give a reason for reopening the case")
            @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
            String reason) {}

    public record MeasureForm(
            @NotNull(message = "Choose the interim measure") InterimMeasure.Kind kind,

            String accountId,

            @NotBlank(message = "Give a reason for the interim measure")
            @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
            String reason) {}

    public record LiftForm(
            @NotBlank(message = "Give a reason for lifting the measure")
            @Size(max = 2000, message = "The reason must be 2000 characters or fewer")
            String reason) {}

    public record ArchiveLinkForm(
            @NotBlank(message = "Enter the archive record id")
            String recordId,

            @NotBlank(message = "Enter the record’s SHA-256 content hash")
            String contentHash,

            @Size(max = 2000, message = "The note must be 2000 characters or fewer")
            String note) {}

    /** Reads an ISO date from a date input, or records a field error and returns null. */
    static LocalDate date(String value, String field, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "date", "Enter a real date, for example " + LocalDate.of(2026, 3, 31));
            return null;
        }
    }
}
