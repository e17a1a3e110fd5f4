package org.postwatch.publishing.connector;

import java.util.List;

/** The account's recent posts, or why they could not be read. */
public sealed interface ReadBack {

    record Listed(List<PlatformPost> posts) implements ReadBack {

        public Listed {
            posts = List.copyOf(posts);
        }
    }

    record Unavailable(Integer httpStatus, String message) implements ReadBack {}
}
