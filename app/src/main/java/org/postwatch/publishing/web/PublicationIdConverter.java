package org.postwatch.publishing.web;

import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.publishing.PublicationId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads publication ids from paths; a malformed one is simply not found. */
@Component
class PublicationIdConverter implements Converter<String, PublicationId> {

    @Override
    public PublicationId convert(String source) {
        try {
            return PublicationId.of(source);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Publication", source);
        }
    }
}
