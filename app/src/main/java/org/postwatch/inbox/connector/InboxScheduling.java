package org.postwatch.inbox.connector;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.postwatch.inbox.domain.SlaWatch;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inbox's recurring work on db-scheduler, so each run happens on one instance at a time: the poll of every
 * account, the SLA watch, and in demo mode the Sandbox public's new messages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InboxProperties.class)
class InboxScheduling {

    @Bean
    RecurringTask<Void> inboxPollTask(InboxPolling polling, InboxProperties properties) {
        return Tasks.recurring("inbox-poll", FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> polling.pollAll());
    }

    /** The demo's Sandbox public keeps writing in, so the desk always has something new. */
    @Bean
    @ConditionalOnProperty(name = "postwatch.demo.enabled", havingValue = "true")
    RecurringTask<Void> inboxSandboxTrafficTask(InboxDemoData demo, InboxProperties properties) {
        return Tasks.recurring("inbox-sandbox-traffic", FixedDelay.of(properties.sandboxTraffic()))
                .execute((instance, context) -> demo.sendSome());
    }

    @Bean
    RecurringTask<Void> inboxSlaWatchTask(SlaWatch watch, InboxProperties properties) {
        return Tasks.recurring("inbox-sla-watch", FixedDelay.of(properties.slaWatchInterval()))
                .execute((instance, context) -> watch.markBreaches());
    }
}
