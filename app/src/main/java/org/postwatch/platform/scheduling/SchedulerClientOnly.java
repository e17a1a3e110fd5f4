package org.postwatch.platform.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When scheduled work is switched off (the {@code audit verify} command, benchmarks), work can still be scheduled
 * for the running application to do, but this process executes none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "db-scheduler.enabled", havingValue = "false")
class SchedulerClientOnly {

    @Bean
    SchedulerClient schedulerClient(
            DataSource dataSource, List<Task<?>> tasks, @Value("${db-scheduler.table-name}") String table) {
        return SchedulerClient.Builder.create(dataSource, tasks)
                .tableName(table)
                .build();
    }
}
