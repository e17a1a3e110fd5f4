package org.postwatch.conduct.domain;

import org.postwatch.audit.AuditAction;

/** What the audit trail records about conduct work: every change, and every look at a case or its figures. */
public enum ConductActions implements AuditAction {
    CASE_OPENED("conduct-case.opened"),
    CASE_UPDATED("conduct-case.updated"),
    CASE_ASSESSED("conduct-case.assessed"),
    CASE_CONCLUDED("conduct-case.concluded"),
    CASE_REOPENED("conduct-case.reopened"),
    CASE_VIEWED("conduct-case.viewed"),
    CASE_VIEW_REFUSED("conduct-case.view-refused"),
    CASES_LISTED("conduct-case.listed"),
    CASES_IMPORTED("conduct-case.imported"),
    EVIDENCE_ADDED("conduct-evidence.added"),
    EVIDENCE_DOWNLOADED("conduct-evidence.downloaded"),
    EVIDENCE_INTEGRITY_FAILED("conduct-evidence.integrity-failed"),
    MEASURE_IMPOSED("conduct-measure.imposed"),
    MEASURE_LIFTED("conduct-measure.lifted"),
    STATISTICS_VIEWED("conduct-statistics.viewed"),
    STATISTICS_EXPORTED("conduct-statistics.exported"),
    FOI_VIEWED("conduct-foi.viewed"),
    FOI_EXPORTED("conduct-foi.exported"),
    INSPECTION_VIEWED("conduct-inspection.viewed"),
    INSPECTION_EXPORTED("conduct-inspection.exported");

    private final String code;

    ConductActions(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
