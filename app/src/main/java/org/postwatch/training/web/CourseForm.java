package org.postwatch.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.postwatch.training.Course;

/** Adding or changing a course. */
public record CourseForm(
        @NotBlank(message = "Enter the course code") @Size(max = 30, message = "Keep the code to 30 characters")
        String code,

        @NotBlank(message = "Enter the course title") @Size(max = 200, message = "Keep the title to 200 characters")
        String title,

        @Size(max = 2000, message = "Keep the description to 2000 characters")
        String description,

        @NotBlank(message = "Enter how many months a completion stays current")
        @Pattern(regexp = "\\s*\\d{1,3}\\s*", message = "Enter the validity as a whole number of months, like 24")
        String validityMonths) {

    static CourseForm empty() {
        return new CourseForm("", "", "", "24");
    }

    static CourseForm of(Course course) {
        return new CourseForm(
                course.code(), course.title(), course.description(), Integer.toString(course.validityMonths()));
    }

    int months() {
        return Integer.parseInt(validityMonths.trim());
    }
}
