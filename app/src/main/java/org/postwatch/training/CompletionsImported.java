package org.postwatch.training;

import java.util.UUID;
import org.postwatch.platform.ForceId;

/** A learning-system export was imported; every completion it added carries the import's id. */
public record CompletionsImported(ForceId force, UUID importId, long recorded, long rejected) {}
