package org.postwatch.publishing.outbox;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.postwatch.platform.ForceId;
import org.postwatch.publishing.PublicationId;
import org.springframework.stereotype.Component;

/**
 * The db-scheduler task that takes one published post down: instance id = publication id, data = its force. Like
 * {@link PublishTask} it reschedules itself until the takedown has finished.
 */
@Component
public class TakedownTask extends OneTimeTask<String> {

    public static final String NAME = "publishing-takedown";

    private final TakedownRunner runner;

    TakedownTask(TakedownRunner runner, OutboxSettings settings) {
        super(
                NAME,
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
        PublicationRunner.Next next = runner.run(ForceId.of(instance.getData()), PublicationId.of(instance.getId()));
        if (next instanceof PublicationRunner.Next.RunAt(java.time.Instant at)) {
            return (complete, operations) -> operations.reschedule(complete, at);
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    @Override
    public void executeOnce(TaskInstance<String> instance, ExecutionContext context) {
        execute(instance, context);
    }
}
