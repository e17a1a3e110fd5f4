package org.postwatch.posts.web;

import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.posts.PostId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a post id from a path; a malformed id is simply not found. */
@Component
class PostIdConverter implements Converter<String, PostId> {

    @Override
    public PostId convert(String source) {
        try {
            return PostId.of(source);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Post", source);
        }
    }
}
