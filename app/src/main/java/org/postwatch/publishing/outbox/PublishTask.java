package org.postwatch.publishing.outbox;

import org.springframework.stereotype.Component;

/** The task that publishes one publication, through {@link PublicationRunner}. */
@Component
public class PublishTask extends PublicationTask {

    public static final String NAME = "publishing-publish";

    PublishTask(PublicationRunner runner, OutboxSettings settings) {
        super(NAME, settings, runner::run);
    }
}
