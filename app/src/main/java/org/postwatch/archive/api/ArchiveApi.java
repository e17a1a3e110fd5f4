package org.postwatch.archive.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.ArchiveRecordId;
import org.postwatch.archive.ArchiveRecordType;
import org.postwatch.archive.ArchiveRecordView;
import org.postwatch.archive.ArchiveRecords;
import org.postwatch.archive.ArchiveSearch;
import org.postwatch.archive.SearchHit;
import org.postwatch.archive.SearchResults;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/archive")
@Tag(name = "Archive", description = "Search the evidential archive; every search and view is recorded")
class ArchiveApi {

    private final ArchiveSearch search;
    private final ArchiveRecords records;

    ArchiveApi(ArchiveSearch search, ArchiveRecords records) {
        this.search = search;
        this.records = records;
    }

    /**
     * @param countStopped counting took longer than its budget and was stopped; {@code matches} is then a lower bound
     */
    record SearchResponse(
            long matches,
            boolean moreThanCounted,
            boolean countStopped,
            int page,
            boolean hasNext,
            List<HitResponse> hits) {}

    record HitResponse(
            String id,
            String type,
            String account,
            String author,
            Instant occurredAt,
            String title,
            String snippet,
            String outcome,
            List<String> categories,
            boolean disposed) {

        static HitResponse of(SearchHit hit) {
            return new HitResponse(
                    hit.id().toString(),
                    hit.type().name(),
                    hit.account(),
                    hit.authorName(),
                    hit.occurredAt(),
                    hit.title(),
                    String.join(
                            "",
                            hit.snippet().stream()
                                    .map(SearchHit.SnippetPart::text)
                                    .toList()),
                    hit.outcome(),
                    hit.categories(),
                    hit.disposed());
        }
    }

    record RecordResponse(
            String id,
            String type,
            String recordId,
            int version,
            String account,
            String authorStaffId,
            String author,
            Instant occurredAt,
            String title,
            String content,
            Map<String, String> metadata,
            String outcome,
            List<String> categories,
            String contentSha256,
            Instant keptAt,
            boolean disposed,
            LocalDate reviewDue) {

        static RecordResponse of(ArchiveRecordView view) {
            return new RecordResponse(
                    view.id().toString(),
                    view.type().name(),
                    view.recordId(),
                    view.version(),
                    view.account(),
                    view.author() == null ? null : view.author().toString(),
                    view.authorName(),
                    view.occurredAt(),
                    view.title(),
                    view.content(),
                    view.metadata(),
                    view.outcome(),
                    view.categories(),
                    view.contentSha256(),
                    view.keptAt(),
                    view.disposed(),
                    view.reviewDue());
        }
    }

    @GetMapping("/search")
    @Operation(
            summary = "Full-text search of the caller's force's archive, newest first, 20 per page",
            description = "Professional standards and force administrators search every record; reviewers only"
                    + " published posts. Every search is recorded in the audit trail.")
    SearchResponse search(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String account,
            @RequestParam(required = false) UUID author,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) ArchiveRecordType type,
            @RequestParam(defaultValue = "1") int page) {
        SearchResults results = search.search(
                new ArchiveQuery(
                        text, account, author == null ? null : new StaffId(author), from, to, outcome, category, type),
                page);
        return new SearchResponse(
                results.matches(),
                results.moreThanCounted(),
                results.countStopped(),
                results.page(),
                results.hasNext(),
                results.hits().stream().map(HitResponse::of).toList());
    }

    @GetMapping("/records/{id}")
    @Operation(summary = "One archive record of the caller's force; the view is recorded")
    RecordResponse record(@PathVariable String id) {
        ArchiveRecordId recordId;
        try {
            recordId = ArchiveRecordId.of(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Archive record", id);
        }
        return RecordResponse.of(records.view(recordId));
    }
}
