package org.postwatch.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postwatch.accounts.domain.AccountRepository;
import org.postwatch.accounts.domain.Change;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.StaffId;
import org.postwatch.platform.Tenancy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current force's accounts register, read by other modules; publishing also records each post here. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final StaffDirectory directory;

    Accounts(AccountRepository accounts, StaffDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    public Optional<AccountSummary> find(AccountId id) {
        return accounts.find(Tenancy.requireForce(), id).map(a -> a.summary());
    }

    /** The account, or a not-found (404) when it does not exist in the current force. */
    public AccountSummary get(AccountId id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
    }

    public List<AccountSummary> search(AccountFilter filter) {
        return accounts.search(Tenancy.requireForce(), filter);
    }

    public List<AccountSummary> all() {
        return search(AccountFilter.everything());
    }

    /** The owning units in use, for filters. */
    public List<String> units() {
        return accounts.units(Tenancy.requireForce());
    }

    /** What happened to the account, newest first, with people named. */
    public List<AccountHistoryEntry> history(AccountId id) {
        ForceId force = Tenancy.requireForce();
        get(id);
        List<Change> changes = accounts.history(force, id);
        Set<StaffId> subjects =
                changes.stream().map(Change::subject).filter(s -> s != null).collect(Collectors.toSet());
        Map<StaffId, String> names = directory.namesOf(subjects);
        return changes.stream()
                .map(c -> new AccountHistoryEntry(
                        c.at(),
                        c.actor().name(),
                        c.kind().label(),
                        c.fromStatus(),
                        c.toStatus(),
                        c.reason(),
                        c.detail(),
                        c.subject() == null ? null : names.getOrDefault(c.subject(), "Unknown person")))
                .toList();
    }

    /** Called by publishing when a post goes out, so a dormant account can be spotted. */
    @Transactional
    public void recordPost(AccountId id, Instant at) {
        if (!accounts.recordPost(Tenancy.requireForce(), id, at)) {
            throw new RecordNotFoundException("Account", id);
        }
    }
}
