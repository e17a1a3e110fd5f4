package org.postwatch.archive.web;

import java.util.List;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordView;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.archive.ArchiveRetention;
import org.postwatch.archive.LegalHolds;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** One archive record: its content and hash, the holds on it, its review history, and what can be done with it. */
@Controller
@RequestMapping("/archive/records")
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN', 'REVIEWER')")
class ArchiveRecordController {

    private final ArchiveRecords records;
    private final LegalHolds holds;
    private final ArchiveRetention retention;

    ArchiveRecordController(ArchiveRecords records, LegalHolds holds, ArchiveRetention retention) {
        this.records = records;
        this.holds = holds;
        this.retention = retention;
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        ArchiveRecordView record = records.view(RecordIds.parse(List.of(id)).getFirst());
        PostwatchUser user = CurrentUser.get();
        boolean investigator = user.hasAny(Role.PROFESSIONAL_STANDARDS, Role.FORCE_ADMIN);
        model.addAttribute("record", record);
        model.addAttribute("investigator", investigator);
        model.addAttribute("admin", user.has(Role.FORCE_ADMIN));
        if (investigator) {
            ArchiveRecordId recordId = record.id();
            model.addAttribute("heldBy", holds.covering(recordId));
            model.addAttribute("activeHolds", holds.active());
            model.addAttribute("history", retention.history(recordId));
        }
        return "archive/record";
    }
}
