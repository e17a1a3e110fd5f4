package org.postwatch.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.postwatch.accounts.domain.Account;
import org.postwatch.accounts.domain.AccountRepository;
import org.postwatch.accounts.domain.AccountStore;
import org.postwatch.accounts.domain.Contributor;
import org.postwatch.accounts.domain.PostingDecision;
import org.postwatch.audit.Actor;
import org.postwatch.identity.StaffLeft;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When someone leaves the force, their contributor entries end. Posting rights already refuse a leaver; ending the
 * entries keeps the register true and tells account managers to check the platforms themselves.
 */
@Component
class LeaversLoseAccess {

    private final AccountRepository accounts;
    private final AccountStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LeaversLoseAccess(
            AccountRepository accounts, AccountStore store, PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StaffLeft event) {
        Tenancy.asForce(
                event.force(),
                () -> transactions.executeWithoutResult(status -> {
                    Instant now = clock.instant();
                    String reason = AccountAlerts.LEFT_THE_FORCE + " on " + PostingDecision.date(event.leftOn());
                    for (Map.Entry<AccountId, Contributor> entry :
                            accounts.contributionsOf(event.force(), event.staff())) {
                        Account account = store.load(event.force(), entry.getKey());
                        account.removeContributor(event.staff(), reason, Actor.system(), now);
                        store.save(account);
                    }
                }));
    }
}
