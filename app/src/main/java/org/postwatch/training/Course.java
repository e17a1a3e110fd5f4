package org.postwatch.training;

/**
 * A course in the force's catalogue.
 *
 * @param code a short code learning systems export, such as OPSEC or CH-X
 * @param validityMonths how long a completion stays current
 */
public record Course(CourseId id, String code, String title, String description, int validityMonths) {}
