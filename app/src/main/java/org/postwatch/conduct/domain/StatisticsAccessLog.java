package org.postwatch.conduct.domain;

import java.util.Map;
import org.postwatch.audit.AuditTrail;
import org.postwatch.conduct.StatisticsPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Audits who looked at or exported conduct figures, and which. */
@Service
public class StatisticsAccessLog {

    private final AuditTrail audit;

    StatisticsAccessLog(AuditTrail audit) {
        this.audit = audit;
    }

    @Transactional
    public void record(ConductActions action, StatisticsPeriod period, String format) {
        audit.record(
                action,
                "conduct-statistics",
                period.label(),
                null,
                Map.of(
                        "from",
                        Integer.toString(period.fromYear()),
                        "to",
                        Integer.toString(period.toYear()),
                        "format",
                        format));
    }
}
