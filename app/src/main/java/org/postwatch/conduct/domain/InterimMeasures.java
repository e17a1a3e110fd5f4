package org.postwatch.conduct.domain;

import java.util.List;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.audit.Actor;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interim measures from a case: suspend the subject's posting rights, or one of the force's accounts, with a reason;
 * lift them with a reason. Posting suspensions take effect at once through the accounts module's posting rights.
 */
@Service
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
public class InterimMeasures {

    private final CaseAccess access;
    private final InterimMeasureRepository measures;
    private final MeasureRecords records;
    private final Accounts accounts;

    InterimMeasures(CaseAccess access, InterimMeasureRepository measures, MeasureRecords records, Accounts accounts) {
        this.access = access;
        this.measures = measures;
        this.records = records;
        this.accounts = accounts;
    }

    @Transactional
    public MeasureId suspendPosting(CaseId caseId, String reason) {
        ConductCase on = access.load(caseId);
        return records.suspendPosting(on, reason, Actor.of(CurrentUser.get())).id();
    }

    /** Asks for one of the force's registered accounts to be suspended; another force's account is not found. */
    @Transactional
    public MeasureId suspendAccount(CaseId caseId, AccountId account, String reason) {
        ConductCase on = access.load(caseId);
        if (account == null) {
            throw new BusinessRuleException("Choose the account to suspend");
        }
        AccountSummary summary = accounts.get(account);
        return records.suspendAccount(on, account, summary.label(), reason, Actor.of(CurrentUser.get()))
                .id();
    }

    /** The force's accounts that can be suspended: those that are active now. */
    @Transactional(readOnly = true)
    public List<AccountSummary> suspendableAccounts() {
        return accounts.all().stream().filter(AccountSummary::isActive).toList();
    }

    @Transactional
    public void lift(CaseId caseId, MeasureId measureId, String reason) {
        ConductCase on = access.load(caseId);
        InterimMeasure measure = measures.find(on.force(), caseId, measureId)
                .orElseThrow(() -> new RecordNotFoundException("Interim measure", measureId));
        records.lift(on, measure, reason, Actor.of(CurrentUser.get()));
    }
}
