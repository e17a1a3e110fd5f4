package org.postwatch.publishing;

import java.util.Optional;

/**
 * Resolves a {@link MediaItem#reference()} to its bytes. Implemented by the module that stores post media (posts); called
 * once, when a publication is scheduled, so the publication keeps its own copy and can be retried after the original
 * is changed.
 */
public interface MediaSource {

    Optional<MediaItem> resolve(String reference);
}
