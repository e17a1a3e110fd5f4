package org.postwatch.archive;

import java.util.List;

/**
 * A legal hold to place.
 *
 * @param subject for PERSON the staff id, for ACCOUNT the handle, for CASE the case reference; ignored for SEARCH
 * @param search for SEARCH the search it covers
 * @param records records to attach by hand, for example those selected in search results
 */
public record NewLegalHold(
        String name,
        String reason,
        HoldScope scope,
        String subject,
        ArchiveQuery search,
        List<ArchiveRecordId> records) {

    public NewLegalHold {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
