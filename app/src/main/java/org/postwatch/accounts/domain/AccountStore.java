package org.postwatch.accounts.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.accounts.AccountId;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts and saves them with everything a change brings: the account's history, an audit entry per change
 * and the events other modules listen for, all in the caller's transaction.
 */
@Component
public class AccountStore {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AccountStore(AccountRepository accounts, AuditTrail audit, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    public Account load(ForceId force, AccountId id) {
        return accounts.find(force, id).orElseThrow(() -> new RecordNotFoundException("Account", id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Account account) {
        accounts.save(account);
        for (Change change : account.changes()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("account", account.label());
            if (change.fromStatus() != null) {
                details.put("from", change.fromStatus().name());
            }
            if (change.toStatus() != null) {
                details.put("to", change.toStatus().name());
            }
            if (change.detail() != null) {
                details.put("detail", change.detail());
            }
            if (change.subject() != null) {
                details.put("staff", change.subject().toString());
            }
            audit.recordFor(
                    account.force(), change.actor(), change.kind(), "account", account.id(), change.reason(), details);
        }
        account.events().forEach(events::publishEvent);
        account.saved();
    }
}
