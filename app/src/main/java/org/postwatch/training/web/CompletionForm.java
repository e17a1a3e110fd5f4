package org.postwatch.training.web;

import jakarta.validation.constraints.NotBlank;

/** Recording that a person completed a course. */
public record CompletionForm(
        @NotBlank(message = "Choose the course") String course,

        @NotBlank(message = "Enter the date the course was completed")
        String completedOn) {}
