package org.postwatch.inbox.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.InboundItemId;
import org.postwatch.inbox.Inbox;
import org.postwatch.inbox.InboxFilter;
import org.postwatch.inbox.InboxItem;
import org.postwatch.inbox.InboxModeration;
import org.postwatch.inbox.ItemState;
import org.postwatch.inbox.ModerationAction;
import org.postwatch.inbox.ReplyResult;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "Inbox", description = "The digital desk: incoming comments, mentions and messages")
class InboxApi {

    record ItemResponse(
            String id,
            String account,
            String accountHandle,
            String channel,
            String kind,
            String author,
            String text,
            Instant receivedAt,
            String category,
            List<String> riskFlags,
            String routedTeam,
            String assignedTo,
            String assignedTeam,
            String state,
            Instant slaDueAt,
            boolean slaBreached,
            Instant firstResponseAt,
            String handoffTo,
            String handoffReference,
            String moderation) {

        static ItemResponse of(InboxItem i) {
            return new ItemResponse(
                    i.id().toString(),
                    i.account().toString(),
                    i.accountHandle(),
                    i.channel().name(),
                    i.kind(),
                    i.authorHandle(),
                    i.text(),
                    i.receivedAt(),
                    i.category().name(),
                    i.riskFlags(),
                    i.routedTeam(),
                    i.assignedName(),
                    i.assignedTeam(),
                    i.state().name(),
                    i.slaDueAt(),
                    i.slaBreached(),
                    i.firstResponseAt(),
                    i.handoffTo(),
                    i.handoffReference(),
                    i.moderation());
        }
    }

    record ReplyRequest(
            @NotBlank(message = "Write your reply") @Size(max = 5000, message = "Keep the reply under 5,000 characters")
            String text,

            Boolean confirmAdvice) {}

    record ReplyResponse(
            String outcome, String reply, String state, String check, List<String> findings, String message) {}

    record EscalateRequest(
            @Size(max = 100) String handoffTo,

            @NotBlank(message = "Give the reference, for example the incident number") @Size(max = 100)
            String reference,

            @Size(max = 2000) String note) {}

    record ModerateRequest(
            @NotNull(message = "Choose HIDE, DELETE or BLOCK_AUTHOR")
            ModerationAction action,

            @NotNull(message = "Give the id of the community standard broken")
            UUID standard,

            @Size(max = 2000) String note) {}

    record ModerationResponse(
            String id, String item, String action, String standard, String platformOutcome, String platformMessage) {
        static ModerationResponse of(InboxModeration m) {
            return new ModerationResponse(
                    m.id().toString(),
                    m.item().toString(),
                    m.action().name(),
                    m.standard(),
                    m.platformOutcome(),
                    m.platformMessage());
        }
    }

    private final Inbox inbox;

    InboxApi(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    @Operation(summary = "The caller's queue, riskiest then oldest first; waiting items unless a state is given")
    List<ItemResponse> queue(
            @RequestParam(required = false) InboundCategory category,
            @RequestParam(required = false) UUID account,
            @RequestParam(required = false) ItemState state,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "200") int limit) {
        return inbox.queue(new InboxFilter(category, account, state, mine, state == null, limit)).stream()
                .map(ItemResponse::of)
                .toList();
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    @Operation(
            summary = "Reply in the thread: checked, held for approval where needed, published once",
            description = "Advice from the check must be confirmed with confirmAdvice=true; a blocked reply is a 422.")
    ReplyResponse reply(@PathVariable String id, @Valid @RequestBody ReplyRequest request) {
        ReplyResult result = inbox.reply(parse(id), request.text(), Boolean.TRUE.equals(request.confirmAdvice()));
        return new ReplyResponse(
                result.outcome().name(),
                result.reply() == null ? null : result.reply().id().toString(),
                result.reply() == null ? null : result.reply().state().name(),
                result.report().outcome().name(),
                result.report().findings().stream().map(f -> f.reason()).toList(),
                result.message());
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CONTRIBUTOR')")
    @Operation(summary = "Record a hand-off (control room, crime recording, intelligence) with its reference")
    ItemResponse escalate(@PathVariable String id, @Valid @RequestBody EscalateRequest request) {
        return ItemResponse.of(inbox.escalate(parse(id), request.handoffTo(), request.reference(), request.note()));
    }

    @PostMapping("/{id}/moderate")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Hide, delete or block the author under a community standard; the original stays archived")
    ModerationResponse moderate(@PathVariable String id, @Valid @RequestBody ModerateRequest request) {
        return ModerationResponse.of(inbox.moderate(parse(id), request.action(), request.standard(), request.note()));
    }

    private static InboundItemId parse(String id) {
        try {
            return InboundItemId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Inbox item", id);
        }
    }
}
