package org.postwatch.conduct.domain;

import org.postwatch.audit.Actor;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim measures from a case: suspend the subject's posting rights, or one of the force's accounts, with a reason;
 * lift them with a reason. Other modules act on the events this publishes.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
public class InterimMeasures {

    private final CaseAccess access;
    private final InterimMeasureRepository measures;
    private final MeasureRecords records;

    InterimMeasures(CaseAccess access, InterimMeasureRepository measures, MeasureRecords records) {
        this.access = access;
        this.measures = measures;
        this.records = records;
    }

    @Transactional
    public MeasureId suspendPosting(CaseId caseId, String reason) {
        ConductCase on = access.load(caseId);
        return records.suspendPosting(on, reason, Actor.of(CurrentUser.get())).id();
    }

    @Transactional
    public MeasureId suspendAccount(CaseId caseId, String account, String reason) {
        ConductCase on = access.load(caseId);
        return records.suspendAccount(on, account, reason, Actor.of(CurrentUser.get()))
                .id();
    }

    @Transactional
    public void lift(CaseId caseId, MeasureId measureId, String reason) {
        ConductCase on = access.load(caseId);
        InterimMeasure measure = measures.find(on.force(), caseId, measureId)
                .orElseThrow(() -> new RecordNotFoundException("Interim measure", measureId));
        records.lift(on, measure, reason, Actor.of(CurrentUser.get()));
    }
}
