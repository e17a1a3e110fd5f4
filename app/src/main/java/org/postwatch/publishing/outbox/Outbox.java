package org.postwatch.publishing.outbox;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import java.time.Instant;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts publications on db-scheduler's queue. db-scheduler uses a transaction-aware data source, so these join the
 * caller's transaction: the publication and its scheduled run commit (or roll back) together.
 */
@Component
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final SchedulerClient scheduler;
    private final PublishTask task;
    private final TakedownTask takedowns;

    Outbox(SchedulerClient scheduler, PublishTask task, TakedownTask takedowns) {
        this.scheduler = scheduler;
        this.task = task;
        this.takedowns = takedowns;
    }

    /** Queues taking a published post down; a takedown already queued for it is left as it is. */
    public void takeDown(ForceId force, PublicationId id, Instant at) {
        scheduler.scheduleIfNotExists(takedowns.instance(id, force), at);
    }

    public void schedule(ForceId force, PublicationId id, Instant at) {
        scheduler.scheduleIfNotExists(task.instance(id, force), at);
    }

    /**
     * Moves the next run. A run in progress cannot be moved; it reads the publication afresh and reschedules itself, so
     * nothing is lost.
     */
    public void runAt(ForceId force, PublicationId id, Instant at) {
        try {
            scheduler.reschedule(task.instanceId(id.toString()), at);
        } catch (TaskInstanceNotFoundException e) {
            scheduler.scheduleIfNotExists(task.instance(id, force), at);
        } catch (TaskInstanceException e) {
            log.debug("Publication {} is running now; it will reschedule itself", id);
        }
    }

    public void cancel(PublicationId id) {
        try {
            scheduler.cancel(task.instanceId(id.toString()));
        } catch (TaskInstanceException e) {
            log.debug("Publication {} has no waiting run to cancel ({})", id, e.getMessage());
        }
    }
}
