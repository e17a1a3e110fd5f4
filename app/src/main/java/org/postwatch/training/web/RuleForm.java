package org.postwatch.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The courses one accreditation rule requires, and why it changed. */
public record RuleForm(
        Set<String> courses,

        @NotBlank(message = "Give a reason for the change")
        @Size(max = 2000, message = "Keep the reason under 2000 characters")
        String reason) {

    public Set<String> chosen() {
        return courses == null ? Set.of() : courses;
    }
}
