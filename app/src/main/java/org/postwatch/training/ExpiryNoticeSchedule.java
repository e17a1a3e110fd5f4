package org.postwatch.training;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.postwatch.platform.LondonTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the expiry notices once a day at 06:00 London time. db-scheduler keeps the schedule in the database, so with
 * several instances it runs once. Lapsing itself needs no job: accreditation is worked out from dates.
 */
@Configuration(proxyBeanMethods = false)
class ExpiryNoticeSchedule {

    @Bean
    RecurringTask<Void> trainingExpiryNotices(ExpiryNotices notices) {
        return Tasks.recurring("training-expiry-notices", Schedules.daily(LondonTime.ZONE, LocalTime.of(6, 0)))
                .execute((instance, context) -> notices.issueForEveryForce());
    }
}
