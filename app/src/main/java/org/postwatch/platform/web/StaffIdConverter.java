package org.postwatch.platform.web;

import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads staff ids from paths; a malformed id is simply not found. */
@Component
class StaffIdConverter implements Converter<String, StaffId> {

    @Override
    public StaffId convert(String source) {
        try {
            return StaffId.of(source);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Staff", source);
        }
    }
}
