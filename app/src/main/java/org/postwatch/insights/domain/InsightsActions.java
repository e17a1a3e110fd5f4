package org.postwatch.insights.domain;

import org.postwatch.audit.AuditAction;

/** What the audit trail records about insights: strategy changes, reports taken away, the inspectorate's views. */
public enum InsightsActions implements AuditAction {
    STRATEGY_CHANGED("insights.strategy-changed"),
    REPORT_EXPORTED("insights.report-exported"),
    INSPECTION_VIEWED("insights.inspection-viewed"),
    DEMO_HISTORY_SEEDED("insights.demo-history-seeded");

    private final String code;

    InsightsActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
