package org.postwatch.archive.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.postwatch.archive.ArchiveQuery;
import org.postwatch.archive.HoldScope;
import org.postwatch.archive.NewLegalHold;

/** The form for placing a legal hold; a search hold carries its search as hidden fields. */
record HoldForm(
        @NotBlank(message = "Give the hold a name, for example the case or matter it is for") @Size(max = 200)
        String name,

        @NotBlank(message = "Give the reason for the hold") @Size(max = 2000)
        String reason,

        @NotNull(message = "Choose what the hold covers") HoldScope scope,
        String person,
        String account,
        String caseReference,
        String text,
        String searchAccount,
        String searchAuthor,
        String from,
        String to,
        String outcome,
        String category,
        String type,
        List<String> ids) {

    static HoldForm empty() {
        return new HoldForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of());
    }

    static HoldForm forRecords(List<String> ids) {
        return new HoldForm(
                null, null, HoldScope.CASE, null, null, null, null, null, null, null, null, null, null, null, ids);
    }

    static HoldForm forSearch(SearchForm search) {
        return new HoldForm(
                null,
                null,
                HoldScope.SEARCH,
                null,
                null,
                null,
                search.text(),
                search.account(),
                search.author(),
                search.from(),
                search.to(),
                search.outcome(),
                search.category(),
                search.type(),
                List.of());
    }

    public SearchForm search() {
        return new SearchForm(text, searchAccount, searchAuthor, from, to, outcome, category, type, null);
    }

    public boolean hasSearch() {
        return !search().queryString().equals("text=");
    }

    public List<String> selected() {
        return ids == null ? List.of() : ids;
    }

    NewLegalHold toRequest(List<String> errors) {
        ArchiveQuery query = scope == HoldScope.SEARCH ? search().toQuery(errors) : null;
        String subject = switch (scope) {
            case PERSON -> person;
            case ACCOUNT -> account;
            case CASE -> caseReference;
            case SEARCH -> null;
        };
        return new NewLegalHold(name, reason, scope, subject, query, RecordIds.parse(new ArrayList<>(selected())));
    }
}
