package org.postwatch.training;

import java.time.LocalDate;

/** A course of a person's that expires soon, so they can renew it before their posting rights lapse. */
public record ExpiryNotice(Course course, LocalDate expiresOn) {}
