package org.postwatch.publishing.outbox;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.function.BiFunction;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;

/**
 * A db-scheduler task for one publication: instance id = publication id, data = its force. It keeps itself scheduled
 * (for a retry, a read-back, a rate limit or a pause) until its runner says the work is finished. db-scheduler runs
 * each instance on one application instance at a time, and revives an execution whose instance stopped sending
 * heartbeats; the runners make every such re-run safe.
 */
abstract class PublicationTask extends OneTimeTask<String> {

    private final BiFunction<ForceId, PublicationId, PublicationRunner.Next> runner;

    PublicationTask(
            String name, OutboxSettings settings, BiFunction<ForceId, PublicationId, PublicationRunner.Next> runner) {
        super(
                name,
                String.class,
                new FailureHandler.OnFailureRetryLater<>(settings.failureRetry()),
                new DeadExecutionHandler.ReviveDeadExecution<>());
        this.runner = runner;
    }

    public TaskInstance<String> instance(PublicationId publication, ForceId force) {
        return instance(publication.toString(), force.toString());
    }

    @Override
    public CompletionHandler<String> execute(TaskInstance<String> instance, ExecutionContext context) {
        PublicationRunner.Next next = runner.apply(ForceId.of(instance.getData()), PublicationId.of(instance.getId()));
        if (next instanceof PublicationRunner.Next.RunAt(Instant at)) {
            return (complete, operations) -> operations.reschedule(complete, at);
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    @Override
    public void executeOnce(TaskInstance<String> instance, ExecutionContext context) {
        execute(instance, context);
    }
}
