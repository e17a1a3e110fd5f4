package org.postwatch.publishing.outbox;

import org.springframework.stereotype.Component;

/** The task that takes one published post down, through {@link TakedownRunner}. */
@Component
public class TakedownTask extends PublicationTask {

    public static final String NAME = "publishing-takedown";

    TakedownTask(TakedownRunner runner, OutboxSettings settings) {
        super(NAME, settings, runner::run);
    }
}
