package org.postwatch.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postwatch.archive.domain.ArchiveSearchQueries;
import org.postwatch.archive.domain.ArchiveStore;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the current force's archive for those with a need to know: professional standards and force
 * administrators see everything, reviewers only what was published. Every search is recorded with its terms and
 * result count (Data Protection Act 2018, s.62).
 */
@Service
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN', 'REVIEWER')")
public class ArchiveSearch {

    public static final int PAGE_SIZE = 20;

    private final ArchiveSearchQueries queries;
    private final ArchiveStore store;
    private final AuditTrail audit;

    ArchiveSearch(ArchiveSearchQueries queries, ArchiveStore store, AuditTrail audit) {
        this.queries = queries;
        this.store = store;
        this.audit = audit;
    }

    /** Values for the search form's choices. */
    public record Facets(List<String> accounts, List<String> outcomes, List<String> categories) {}

    @Transactional
    public SearchResults search(ArchiveQuery query, int page) {
        ForceId force = Tenancy.requireForce();
        boolean publishedOnly = ArchiveRecords.publishedOnly();
        SearchResults results = queries.search(force, query, publishedOnly, page, PAGE_SIZE);
        Map<String, String> details = new LinkedHashMap<>(query.describe());
        details.put("results", results.matchesText());
        details.put("page", Integer.toString(results.page()));
        details.put("scope", publishedOnly ? "published posts only" : "all records");
        audit.record(ArchiveActions.SEARCHED, ArchiveActions.SEARCH, UUID.randomUUID(), null, details);
        return results;
    }

    @Transactional(readOnly = true)
    public Facets facets() {
        ForceId force = Tenancy.requireForce();
        return new Facets(store.facet(force, "ACCOUNT"), store.facet(force, "OUTCOME"), store.facet(force, "CATEGORY"));
    }
}
