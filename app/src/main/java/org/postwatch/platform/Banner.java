package org.postwatch.platform;

/** A notice at the top of every page for a force, such as a critical-incident pause on posting. */
public record Banner(String title, String text, String linkText, String linkPath) {}
