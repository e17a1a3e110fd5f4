package org.postwatch.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.postwatch.audit.domain.Checkpoints;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Signs a checkpoint for each force whose chain has grown, once a minute, on one instance at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class AuditScheduling {

    private static final Logger log = LoggerFactory.getLogger(AuditScheduling.class);

    @Bean
    RecurringTask<Void> auditCheckpointTask(
            Checkpoints checkpoints,
            TransactionTemplate transactions,
            @Value("${postwatch.audit.checkpoint-interval:PT1M}") Duration interval) {
        return Tasks.recurring("audit-checkpoint", FixedDelay.of(interval))
                .execute((instance, context) -> signGrownChains(checkpoints, transactions));
    }

    static int signGrownChains(Checkpoints checkpoints, TransactionTemplate transactions) {
        int signed = 0;
        for (ForceId force :
                Tenancy.asSystem(() -> transactions.execute(status -> checkpoints.forcesWithUnsignedEntries()))) {
            Tenancy.asForce(force, () -> transactions.executeWithoutResult(status -> checkpoints.signHead(force)));
            signed++;
        }
        if (signed > 0) {
            log.debug("Signed audit checkpoints for {} forces", signed);
        }
        return signed;
    }
}
