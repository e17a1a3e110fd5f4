package org.postwatch.inbox;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postwatch.audit.AuditTrail;
import org.postwatch.inbox.domain.InboxActions;
import org.postwatch.inbox.domain.SettingsRepository;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's inbox settings, edited by reviewers and account managers: SLA targets per category and office hours,
 * keyword routes to teams, and the community standards moderation enforces. Every change is audited.
 */
@Service
public class InboxSettings {

    private static final String RECORD = "inbox-settings";

    private final SettingsRepository settings;
    private final AuditTrail audit;
    private final Clock clock;

    InboxSettings(SettingsRepository settings, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SlaSettings sla() {
        return settings.sla(Tenancy.requireForce());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public SlaSettings changeSla(Map<InboundCategory, Integer> minutes, LocalTime officeStart, LocalTime officeEnd) {
        for (var entry : minutes.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > 43_200) {
                throw new BusinessRuleException("Enter a target between 1 minute and 30 days for "
                        + entry.getKey().label());
            }
        }
        if (officeStart == null || officeEnd == null || !officeStart.isBefore(officeEnd)) {
            throw new BusinessRuleException("Office hours must start before they end");
        }
        SlaSettings sla = new SlaSettings(new EnumMap<>(minutes), officeStart, officeEnd);
        ForceId force = Tenancy.requireForce();
        settings.saveSla(force, sla);
        audit.record(
                InboxActions.SLA_CHANGED,
                RECORD,
                force,
                null,
                Map.of(
                        "targets",
                        sla.minutes().entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> e.getKey().name() + "=" + e.getValue())
                                .collect(Collectors.joining(",")),
                        "officeHours",
                        officeStart + "-" + officeEnd));
        return sla;
    }

    @Transactional(readOnly = true)
    public List<KeywordRoute> routes() {
        return settings.routes(Tenancy.requireForce());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public KeywordRoute addRoute(String keyword, String team) {
        String word = keyword == null ? "" : keyword.strip().toLowerCase(java.util.Locale.ROOT);
        String to = team == null ? "" : team.strip();
        if (word.isEmpty() || word.length() > 60) {
            throw new BusinessRuleException("Enter a keyword of up to 60 characters");
        }
        if (to.isEmpty() || to.length() > 100) {
            throw new BusinessRuleException("Enter the team to send it to, up to 100 characters");
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.get().displayName();
        if (!settings.addRoute(Tenancy.requireForce(), id, word, to, by, clock.instant())) {
            throw new BusinessRuleException("There is already a route for \"" + word + "\"");
        }
        audit.record(InboxActions.ROUTE_ADDED, RECORD, id, null, Map.of("keyword", word, "team", to));
        return new KeywordRoute(id, word, to, by, clock.instant());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public void removeRoute(UUID id) {
        KeywordRoute route = settings.removeRoute(Tenancy.requireForce(), id)
                .orElseThrow(() -> new RecordNotFoundException("Keyword route", id));
        audit.record(
                InboxActions.ROUTE_REMOVED, RECORD, id, null, Map.of("keyword", route.keyword(), "team", route.team()));
    }

    @Transactional(readOnly = true)
    public List<CommunityStandard> standards() {
        return settings.standards(Tenancy.requireForce());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public CommunityStandard addStandard(String title, String description) {
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.isEmpty() || t.length() > 120) {
            throw new BusinessRuleException("Enter a title of up to 120 characters");
        }
        if (d.isEmpty() || d.length() > 1000) {
            throw new BusinessRuleException("Describe the standard in up to 1,000 characters");
        }
        UUID id = UUID.randomUUID();
        if (!settings.addStandard(Tenancy.requireForce(), id, t, d, clock.instant())) {
            throw new BusinessRuleException("There is already a standard called \"" + t + "\"");
        }
        audit.record(InboxActions.STANDARD_ADDED, RECORD, id, null, Map.of("title", t));
        return new CommunityStandard(id, t, d, true);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER')")
    public void setStandardActive(UUID id, boolean active) {
        if (!settings.setStandardActive(Tenancy.requireForce(), id, active)) {
            throw new RecordNotFoundException("Community standard", id);
        }
        audit.record(InboxActions.STANDARD_CHANGED, RECORD, id, null, Map.of("active", Boolean.toString(active)));
    }
}
