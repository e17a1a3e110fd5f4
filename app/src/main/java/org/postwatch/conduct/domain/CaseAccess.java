package org.postwatch.conduct.domain;

import java.util.Map;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a case for the signed-in investigator: only in their own force, and never a case about themselves. Both
 * answer "not found", so neither leaks that the case exists; a refused look at one's own case is still audited.
 */
@Component
class CaseAccess {

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final TransactionTemplate separately;

    CaseAccess(CaseRepository cases, AuditTrail audit, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.audit = audit;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ConductCase load(CaseId id) {
        ForceId force = Tenancy.requireForce();
        ConductCase found = cases.find(force, id).orElseThrow(() -> new RecordNotFoundException("Conduct case", id));
        PostwatchUser user = CurrentUser.get();
        if (found.subject().staffId().equals(user.staffId())) {
            separately.executeWithoutResult(status -> audit.record(
                    ConductActions.CASE_VIEW_REFUSED,
                    "conduct-case",
                    id,
                    "The case is about the person asking",
                    Map.of("reference", found.reference())));
            throw new RecordNotFoundException("Conduct case", id);
        }
        return found;
    }
}
