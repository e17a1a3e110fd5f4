package org.postwatch.archive;

import java.time.Clock;
import java.time.LocalDate;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.archive.domain.HoldStore;
import org.postwatch.archive.domain.RetentionStore;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.LondonTime;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for home pages: no records are shown, so no role check and nothing to audit. */
@Service
public class ArchiveOverview {

    public static final int COUNT_LIMIT = 1000;

    private final ArchiveStore store;
    private final RetentionStore retention;
    private final HoldStore holds;
    private final Clock clock;

    ArchiveOverview(ArchiveStore store, RetentionStore retention, HoldStore holds, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.holds = holds;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long dueForReview() {
        ForceId force = Tenancy.requireForce();
        return store.dueCount(
                force, retention.months(force), LocalDate.now(clock.withZone(LondonTime.ZONE)), COUNT_LIMIT);
    }

    @Transactional(readOnly = true)
    public long activeHolds() {
        return holds.active(Tenancy.requireForce()).size();
    }
}
