package org.postwatch.insights.web;

import org.postwatch.insights.Table;

/** A table as a page shows it: its chart's JSON (for static/js/insights.js) and where to download it as CSV. */
public record TableView(Table table, String chart, boolean blank, String csv) {}
