package org.postwatch.publishing.web;

import org.postwatch.publishing.domain.Publication;

/** A publication in the calendar, with its London time of day. */
public record CalendarEntry(Publication publication, String time) {}
