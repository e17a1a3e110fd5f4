package org.postwatch.publishing.outbox;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This application instance's name, recorded on each attempt so staff can see which instance made a call. */
@Component
public class OutboxInstance {

    private final String name;

    public OutboxInstance(@Value("${postwatch.instance-name:}") String configured) {
        this.name = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/"
                        + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String name() {
        return name;
    }
}
