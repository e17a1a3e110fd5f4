package org.postwatch.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Recording a security review: when it was done and what was checked. */
public record SecurityReviewForm(
        @NotBlank(message = "Enter the date of the review") String reviewedOn,

        @NotBlank(message = "Say what was checked") @Size(max = 2000, message = "Keep the notes under 2000 characters")
        String notes) {}
