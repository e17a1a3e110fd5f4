package org.postwatch.inbox.web;

import org.postwatch.inbox.InboundItemId;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads an inbox item id from a path; a malformed id is simply not found. */
@Component
class InboundItemIdConverter implements Converter<String, InboundItemId> {

    @Override
    public InboundItemId convert(String source) {
        try {
            return InboundItemId.parse(source);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Inbox item", source);
        }
    }
}
