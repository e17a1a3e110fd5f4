package org.postwatch.posts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.ContributorLevel;
import org.postwatch.accounts.PostingPermission;
import org.postwatch.accounts.PostingRights;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.CurrentUser;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.RecordNotFoundException;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.domain.ChannelLength;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostActions;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.publishing.MediaItem;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationRequest;
import org.postwatch.publishing.PublicationStatus;
import org.postwatch.publishing.Publishing;
import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.CheckAttachment;
import org.postwatch.safeguard.CheckFinding;
import org.postwatch.safeguard.CheckRequest;
import org.postwatch.safeguard.MediaRight;
import org.postwatch.safeguard.Outcome;
import org.postwatch.safeguard.SafeguardChecks;
import org.postwatch.safeguard.SafeguardDecision;
import org.postwatch.safeguard.SafeguardReport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door for posts: save drafts, submit them through the safeguard check, decide held posts (for the review
 * module), and follow them out. Works in the current force; another force's post is not found. The author's posting
 * rights are checked on every submission, not when the draft is saved, so nothing typed is ever refused.
 */
@Service
public class Posts {

    /** Who may open any post of the force, not only their own. */
    static final Role[] SEE_ALL = {Role.REVIEWER, Role.FORCE_ADMIN, Role.PROFESSIONAL_STANDARDS, Role.ACCOUNT_MANAGER};

    private static final int MAX_TEXT = 63_206;
    private static final long MAX_IMAGE = 5L * 1024 * 1024;

    private final PostRepository posts;
    private final PostingRights rights;
    private final Accounts accounts;
    private final SafeguardChecks checks;
    private final Publishing publishing;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PostArchive archive;
    private final Clock clock;

    Posts(
            PostRepository posts,
            PostingRights rights,
            Accounts accounts,
            SafeguardChecks checks,
            Publishing publishing,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PostArchive archive,
            Clock clock) {
        this.posts = posts;
        this.rights = rights;
        this.accounts = accounts;
        this.checks = checks;
        this.publishing = publishing;
        this.audit = audit;
        this.events = events;
        this.archive = archive;
        this.clock = clock;
    }

    /**
     * Saves what the author has typed: a new draft when {@code id} is null, else a new version of their post. A post
     * that was blocked, rejected, failed, held or scheduled goes back to a draft when its content changes.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PostId saveDraft(PostId id, PostDraft draft) {
        PostwatchUser me = CurrentUser.get();
        ForceId force = Tenancy.requireForce();
        if (draft.text().length() > MAX_TEXT) {
            throw new BusinessRuleException("The post is too long to save: at most 63,206 characters");
        }
        draft.accounts().forEach(accounts::get);
        Instant now = clock.instant();
        if (id == null) {
            Post post = Post.draft(force, me.staffId(), me.displayName(), draft, now);
            posts.insert(post);
            posts.saveVersion(post, me.displayName(), now);
            audit.record(PostActions.CREATED, "post", post.id(), null);
            return post.id();
        }
        Post post = ownPost(id);
        PostState before = post.state();
        if (before == PostState.SCHEDULED || before == PostState.APPROVED || before == PostState.AWAITING_REVIEW) {
            if (!post.asDraft().equals(draft)) {
                reopen(post, now);
            }
        }
        if (post.edit(draft, now)) {
            posts.update(post);
            posts.saveVersion(post, me.displayName(), now);
            if (before != post.state()) {
                audit.record(
                        PostActions.EDITED,
                        "post",
                        id,
                        null,
                        Map.of("from", before.name(), "version", "" + post.version()));
            }
        }
        return post.id();
    }

    /** Takes a held, approved or scheduled post back to a draft so the author can change it; it is checked again. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reopen(PostId id) {
        reopen(ownPost(id), clock.instant());
    }

    private void reopen(Post post, Instant now) {
        PostState before = post.state();
        if (before == PostState.DRAFT) {
            return;
        }
        if (before == PostState.SCHEDULED) {
            cancelPublications(post);
        }
        post.reopen(now);
        posts.update(post);
        audit.record(PostActions.REOPENED, "post", post.id(), null, Map.of("from", before.name()));
        if (before == PostState.AWAITING_REVIEW) {
            events.publishEvent(new PostWithdrawnFromReview(post.id(), post.force(), now));
        }
    }

    /**
     * Submits the author's post: their rights on every account are checked, then the safeguard check runs against
     * the force's active policy for each account's kind and channel and is recorded. Advice must be confirmed
     * ({@code confirmAdvice}); a hold goes to review; a block keeps the post for editing.
     *
     * @throws BusinessRuleException when the author may not post to an account, with every reason
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SubmitResult submit(PostId id, boolean confirmAdvice) {
        Post post = ownPost(id);
        if (post.state() == PostState.BLOCKED || post.state() == PostState.REJECTED) {
            post.reopen(clock.instant());
        }
        if (post.state() != PostState.DRAFT) {
            throw new BusinessRuleException(
                    "This post is " + post.state().label().toLowerCase(Locale.ROOT)
                            + ": take it back to a draft before submitting it again");
        }
        List<AccountSummary> targets = validate(post);
        boolean levelForcesReview = false;
        for (AccountSummary account : targets) {
            PostingPermission permission = rights.check(post.author(), account.id());
            if (!permission.allowed()) {
                throw new BusinessRuleException(
                        "You cannot post to " + account.label() + ": " + String.join("; ", permission.reasons()));
            }
            if (!permission.mayPost()) {
                throw new BusinessRuleException("You cannot post to " + account.label()
                        + ": your level there is "
                        + ContributorLevel.REPLY_ONLY.label().toLowerCase(Locale.ROOT)
                        + ", so you may reply to comments but not post");
            }
            levelForcesReview |= permission.reviewRequired();
        }
        PostwatchUser me = CurrentUser.get();
        archive.version(post, targets, PostArchive.SUBMITTED, me.staffId(), me.displayName());
        SafeguardReport worst = checkAndRecord(post, post.text(), targets, post.version());
        Instant now = clock.instant();
        post.checked(worst.outcome(), levelForcesReview, now);
        Map<String, String> details = Map.of("outcome", worst.outcome().name(), "version", "" + post.version());
        SubmitResult result;
        if (worst.outcome() == Outcome.BLOCK) {
            post.block(now);
            audit.record(PostActions.BLOCKED, "post", id, null, details);
            result = result(
                    post, worst, "Your post was not sent: change the words marked below and submit it again.", false);
        } else if (worst.outcome() == Outcome.REVIEW || levelForcesReview) {
            post.sendForReview(now);
            audit.record(
                    PostActions.SENT_FOR_REVIEW,
                    "post",
                    id,
                    levelForcesReview && worst.outcome() != Outcome.REVIEW
                            ? "Your contributor level means a reviewer checks every post"
                            : null,
                    details);
            events.publishEvent(new PostSubmittedForReview(post.id(), post.force(), post.author(), now));
            result = result(
                    post,
                    worst,
                    levelForcesReview && worst.outcome() != Outcome.REVIEW
                            ? "Sent to the digital desk for review: your level on this account means every post is checked."
                            : "Sent to the digital desk for review because of what the check found.",
                    false);
        } else if (worst.outcome() == Outcome.ADVISE && !confirmAdvice) {
            audit.record(PostActions.ADVISED, "post", id, null, details);
            result = result(post, worst, "Read the advice below. Post it anyway, or change it first.", true);
        } else {
            if (worst.outcome() == Outcome.ADVISE) {
                audit.record(PostActions.ADVICE_CONFIRMED, "post", id, null, details);
            }
            scheduleOut(post, now);
            result = result(
                    post,
                    worst,
                    post.scheduledAt() == null ? "Your post is on its way." : "Your post is scheduled.",
                    false);
        }
        posts.update(post);
        return result;
    }

    /** A reviewer approves a held post as it is; it is scheduled at once. The author cannot approve their own. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView approve(PostId id, String note) {
        PostwatchUser me = CurrentUser.get();
        Post post = locked(id);
        Instant now = clock.instant();
        post.approve(me.staffId(), me.displayName(), note, now);
        audit.record(PostActions.APPROVED, "post", id, blankToNull(note));
        scheduleOut(post, now);
        posts.update(post);
        return view(post);
    }

    /**
     * A reviewer changes the words and approves: the new words are checked again (and recorded), and must not be
     * blocked.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView approveWithEdits(PostId id, String text, String note) {
        PostwatchUser me = CurrentUser.get();
        Post post = locked(id);
        if (post.author().equals(me.staffId())) {
            throw new BusinessRuleException("You cannot approve your own post: another reviewer must check it");
        }
        if (post.state() != PostState.AWAITING_REVIEW) {
            throw new BusinessRuleException("Only a post waiting for review can be approved");
        }
        Instant now = clock.instant();
        List<AccountSummary> targets =
                post.accounts().stream().map(accounts::get).toList();
        String revised = text == null ? "" : text.strip();
        requireLengths(revised, targets);
        SafeguardReport report = checkAndRecord(
                post, revised, targets, revised.equals(post.text()) ? post.version() : post.version() + 1);
        if (report.outcome() == Outcome.BLOCK) {
            throw new BusinessRuleException("The edited post is still blocked: "
                    + String.join(
                            "; ",
                            report.findings().stream()
                                    .filter(f -> f.outcome() == Outcome.BLOCK)
                                    .map(CheckFinding::reason)
                                    .toList()));
        }
        boolean changed = !revised.equals(post.text());
        post.reviseInReview(revised, now);
        if (changed) {
            posts.saveVersion(post, me.displayName(), now);
            archive.version(post, targets, PostArchive.EDITED_IN_REVIEW, me.staffId(), me.displayName());
        }
        post.approve(me.staffId(), me.displayName(), note, now);
        audit.record(
                PostActions.APPROVED,
                "post",
                id,
                blankToNull(note),
                Map.of("edited", "true", "outcome", report.outcome().name(), "version", "" + post.version()));
        scheduleOut(post, now);
        posts.update(post);
        return view(post);
    }

    /** A reviewer rejects a held post with a reason the author sees; the author can change it and try again. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PostView reject(PostId id, String reason) {
        PostwatchUser me = CurrentUser.get();
        Post post = locked(id);
        post.reject(me.staffId(), me.displayName(), reason, clock.instant());
        audit.record(PostActions.REJECTED, "post", id, reason.strip());
        posts.update(post);
        return view(post);
    }

    /**
     * Tries a failed post again on the accounts it has not reached. The author or a reviewer. The words are checked
     * again first, against the force's policy as it is now (it may have changed since the post first went): a block
     * keeps the post for editing with its text; a hold the post has not already passed sends it to review; otherwise
     * it is scheduled again.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public SubmitResult retry(PostId id) {
        PostwatchUser me = CurrentUser.get();
        Post post = locked(id);
        if (!post.author().equals(me.staffId()) && !me.has(Role.REVIEWER)) {
            throw new RecordNotFoundException("Post", id);
        }
        if (post.state() != PostState.FAILED) {
            throw new BusinessRuleException("Only a post that failed to publish can be tried again");
        }
        List<AccountSummary> targets =
                post.accounts().stream().map(accounts::get).toList();
        boolean levelForcesReview = false;
        for (AccountSummary account : targets) {
            PostingPermission permission = rights.check(post.author(), account.id());
            if (!permission.allowed() || !permission.mayPost()) {
                throw new BusinessRuleException(post.authorName() + " can no longer post to " + account.label() + ": "
                        + (permission.reasons().isEmpty()
                                ? "their level there is reply only"
                                : String.join("; ", permission.reasons())));
            }
            levelForcesReview |= permission.reviewRequired();
        }
        archive.version(post, targets, PostArchive.SUBMITTED, post.author(), post.authorName());
        SafeguardReport report = checkAndRecord(post, post.text(), targets, post.version());
        Instant now = clock.instant();
        Map<String, String> details = Map.of("outcome", report.outcome().name(), "version", "" + post.version());
        audit.record(PostActions.RETRIED, "post", id, post.failure(), details);
        boolean approved = post.reviewer() != null;
        SubmitResult result;
        if (report.outcome() == Outcome.BLOCK) {
            post.reopen(now);
            post.checked(report.outcome(), levelForcesReview, now);
            post.block(now);
            audit.record(PostActions.BLOCKED, "post", id, null, details);
            result = result(
                    post,
                    report,
                    "Checked again before trying: the check now blocks this post. Change the words marked and submit"
                            + " it again.",
                    false);
        } else if (!approved && (report.outcome() == Outcome.REVIEW || levelForcesReview)) {
            post.reopen(now);
            post.checked(report.outcome(), levelForcesReview, now);
            post.sendForReview(now);
            audit.record(PostActions.SENT_FOR_REVIEW, "post", id, null, details);
            events.publishEvent(new PostSubmittedForReview(post.id(), post.force(), post.author(), now));
            result = result(
                    post, report, "Checked again before trying: it now goes to the digital desk for review.", false);
        } else {
            scheduleOut(post, now);
            result = result(post, report, "Checked again and trying again: the post is scheduled.", false);
        }
        posts.update(post);
        return result;
    }

    /**
     * Deletes a post. A draft is discarded; a published post needs a reason, is recorded as deleted and is taken down
     * from every platform it reached, through the outbox (its progress shows on the post's page).
     *
     * @return what happens next for a published post, or null
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String delete(PostId id, String reason) {
        PostwatchUser me = CurrentUser.get();
        Post post = locked(id);
        if (!post.author().equals(me.staffId()) && !me.has(Role.REVIEWER)) {
            throw new RecordNotFoundException("Post", id);
        }
        PostState before = post.state();
        // A post that failed on one account may be out on another: whatever is out is taken down, with a reason.
        List<PostRepository.Target> out = outTargets(post);
        if (!out.isEmpty() && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException(Post.REASON_NEEDED);
        }
        if (before == PostState.AWAITING_REVIEW) {
            events.publishEvent(new PostWithdrawnFromReview(post.id(), post.force(), clock.instant()));
        }
        post.delete(reason, clock.instant());
        audit.record(PostActions.DELETED, "post", id, blankToNull(reason), Map.of("from", before.name()));
        posts.update(post);
        if (out.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (PostRepository.Target target : out) {
            publishing.takeDown(new PublicationId(target.publication()), post.deletedReason());
            labels.add(
                    accounts.find(target.account()).map(AccountSummary::label).orElse("the platform"));
        }
        return "Recorded as deleted. Postwatch is taking it down from " + String.join(", ", labels)
                + ": follow it below.";
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PostImage addImage(
            PostId id,
            String fileName,
            String contentType,
            byte[] content,
            String altText,
            MediaRight right,
            String attribution) {
        Post post = ownPost(id);
        if (!post.state().editable()) {
            throw new BusinessRuleException("Images cannot be added to a post that has gone out");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("Choose an image to upload");
        }
        if (content.length > MAX_IMAGE) {
            throw new BusinessRuleException("The image must be smaller than 5 MB");
        }
        if (contentType == null
                || !List.of("image/jpeg", "image/png", "image/gif", "image/webp")
                        .contains(contentType)) {
            throw new BusinessRuleException("The image must be a JPG, PNG, GIF or WebP");
        }
        if (altText == null || altText.isBlank()) {
            throw new BusinessRuleException("Describe the image for people who cannot see it (alt text)");
        }
        if (right == null || right == MediaRight.UNDECLARED) {
            throw new BusinessRuleException("Say what right you have to use the image");
        }
        if (right == MediaRight.LICENSED && (attribution == null || attribution.isBlank())) {
            throw new BusinessRuleException("Give the credit the licence asks for");
        }
        Instant now = clock.instant();
        if (post.state() != PostState.DRAFT) {
            reopen(post, now);
        }
        PostRepository.Image image = new PostRepository.Image(
                UUID.randomUUID(),
                fileName == null || fileName.isBlank() ? "image" : fileName.strip(),
                contentType,
                content,
                altText.strip(),
                right,
                blankToNull(attribution));
        posts.insertImage(post.force(), id, image, now);
        newVersion(post, now);
        audit.record(
                PostActions.IMAGE_ADDED,
                "post",
                id,
                null,
                Map.of("file", image.fileName(), "version", "" + post.version()));
        return imageView(image);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeImage(PostId id, UUID image) {
        Post post = ownPost(id);
        if (!post.state().editable()) {
            throw new BusinessRuleException("Images cannot be removed from a post that has gone out");
        }
        if (!posts.deleteImage(post.force(), id, image)) {
            throw new RecordNotFoundException("Image", image);
        }
        Instant now = clock.instant();
        if (post.state() != PostState.DRAFT) {
            reopen(post, now);
        }
        newVersion(post, now);
        audit.record(PostActions.IMAGE_REMOVED, "post", id, null, Map.of("version", "" + post.version()));
    }

    private void newVersion(Post post, Instant now) {
        post.imagesChanged(now);
        posts.update(post);
        posts.saveVersion(post, CurrentUser.get().displayName(), now);
    }

    /**
     * The force's scheduled and published posts (and published ones since deleted) whose time falls in [from, to),
     * for the calendar. Reviewers, account managers and administrators.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('REVIEWER', 'ACCOUNT_MANAGER', 'FORCE_ADMIN')")
    public List<PostView> calendar(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new BusinessRuleException("The calendar's start must be before its end");
        }
        return posts.onCalendar(Tenancy.requireForce(), from, to).stream()
                .map(this::view)
                .toList();
    }

    /** The image's bytes, for the author's and reviewers' pages. */
    @Transactional(readOnly = true)
    public PostRepository.Image image(PostId id, UUID image) {
        visible(id);
        return posts.images(Tenancy.requireForce(), id).stream()
                .filter(i -> i.id().equals(image))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Image", image));
    }

    /**
     * Whether the post is out on any account (published there and not taken down), whatever its own state: a post
     * that FAILED on one account may have gone out on another. Deleting such a post takes it down and needs a reason;
     * the post's page, the confirm page and {@link #delete} all ask this one question.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean isOut(PostId id) {
        return !outTargets(visible(id)).isEmpty();
    }

    private List<PostRepository.Target> outTargets(Post post) {
        return posts.targets(post.force(), post.id()).stream()
                .filter(t -> t.published() && t.publication() != null)
                .toList();
    }

    /** The post, for its author and the force's reviewers; anyone else (and another force) gets a not-found. */
    @Transactional(readOnly = true)
    public PostView get(PostId id) {
        return view(visible(id));
    }

    /** The signed-in person's posts, most recently changed first. */
    @Transactional(readOnly = true)
    public List<PostView> mine() {
        return posts.byAuthor(Tenancy.requireForce(), CurrentUser.get().staffId(), 500).stream()
                .map(this::view)
                .toList();
    }

    /** The force's posts in these states, by time (scheduled time, else last change); for reviewers and calendars. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PostView> inStates(PostState... states) {
        PostwatchUser me = CurrentUser.get();
        return posts.inStates(Tenancy.requireForce(), EnumSet.of(states[0], states), 500).stream()
                .filter(p -> me.hasAny(SEE_ALL) || p.author().equals(me.staffId()))
                .map(this::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(PostState state) {
        return posts.countInState(Tenancy.requireForce(), state);
    }

    /** Every recorded safeguard check of the post, oldest first. */
    @Transactional(readOnly = true)
    public List<SafeguardDecision> decisions(PostId id) {
        visible(id);
        return checks.decisionsFor(id.toString());
    }

    /** Each publication of the post, with every attempt. */
    @Transactional(readOnly = true)
    public List<PublicationStatus> publications(PostId id) {
        visible(id);
        return publishing.forPost(id.toString());
    }

    /** The accounts the signed-in person may post to now. */
    @Transactional(readOnly = true)
    public List<AccountSummary> postableAccounts() {
        return rights.accountsFor(CurrentUser.get().staffId()).stream()
                .map(p -> p.account())
                .filter(a -> publishing.supports(
                        org.postwatch.publishing.Channel.valueOf(a.channel().name())))
                .toList();
    }

    /**
     * Checks what the author is typing without recording it, for each distinct kind and channel of the chosen
     * accounts; returns the most restrictive report (any report when nothing is chosen: the force's main account).
     */
    @Transactional(readOnly = true)
    public SafeguardReport preview(PostDraft draft) {
        List<AccountSummary> targets =
                draft.accounts().stream().map(accounts::get).toList();
        Map<String, CheckRequest> requests = new LinkedHashMap<>();
        for (AccountSummary account : targets) {
            CheckRequest request = CheckRequest.of(draft.text(), channel(account), kind(account));
            requests.putIfAbsent(request.channel() + "/" + request.accountKind(), request);
        }
        if (requests.isEmpty()) {
            requests.put("", CheckRequest.of(draft.text(), Channel.SANDBOX, AccountKind.TEAM));
        }
        SafeguardReport worst = null;
        for (CheckRequest request : requests.values()) {
            SafeguardReport report = checks.check(request);
            if (worst == null || report.outcome().compareTo(worst.outcome()) > 0) {
                worst = report;
            }
        }
        return worst;
    }

    /** How long the text is on each chosen account's channel, counted the channel's way. */
    @Transactional(readOnly = true)
    public List<ChannelLength> lengths(PostDraft draft) {
        return draft.accounts().stream()
                .map(accounts::get)
                .map(a -> a.channel())
                .distinct()
                .map(c -> ChannelLength.of(c, draft.text()))
                .toList();
    }

    private List<AccountSummary> validate(Post post) {
        if (post.accounts().isEmpty()) {
            throw new BusinessRuleException("Choose at least one account to post to");
        }
        List<PostRepository.Image> images = posts.images(post.force(), post.id());
        if (post.text().isBlank() && images.isEmpty()) {
            throw new BusinessRuleException("Write your post");
        }
        if (post.objective() == null) {
            throw new BusinessRuleException("Choose the strategy objective the post serves");
        }
        if (post.scheduledAt() != null && post.scheduledAt().isBefore(clock.instant())) {
            throw new BusinessRuleException("The time you chose to publish has passed: choose a later time, or none"
                    + " to publish as soon as it is cleared");
        }
        List<AccountSummary> targets =
                post.accounts().stream().map(accounts::get).toList();
        for (AccountSummary account : targets) {
            if (!publishing.supports(
                    org.postwatch.publishing.Channel.valueOf(account.channel().name()))) {
                throw new BusinessRuleException(
                        "Postwatch cannot publish to " + account.channel().label() + " yet: remove " + account.label());
            }
        }
        requireLengths(post.text(), targets);
        return targets;
    }

    private static void requireLengths(String text, List<AccountSummary> targets) {
        List<String> problems = targets.stream()
                .map(a -> a.channel())
                .distinct()
                .map(c -> ChannelLength.of(c, text))
                .filter(ChannelLength::tooLong)
                .map(ChannelLength::problem)
                .toList();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join(". ", problems));
        }
    }

    /** Checks and records the text once per distinct channel and account kind, keeping each decision in the archive. */
    private SafeguardReport checkAndRecord(Post post, String text, List<AccountSummary> targets, int version) {
        List<CheckAttachment> attachments = posts.images(post.force(), post.id()).stream()
                .map(i -> new CheckAttachment(i.fileName(), i.altText(), i.right(), i.attribution()))
                .toList();
        Map<String, CheckRequest> requests = new LinkedHashMap<>();
        Map<String, List<AccountSummary>> accountsByContext = new LinkedHashMap<>();
        for (AccountSummary account : targets) {
            CheckRequest request = new CheckRequest(text, channel(account), kind(account), attachments);
            String key = request.channel() + "/" + request.accountKind();
            requests.putIfAbsent(key, request);
            accountsByContext.computeIfAbsent(key, k -> new ArrayList<>()).add(account);
        }
        PostwatchUser me = CurrentUser.find().orElse(null);
        Map<String, SafeguardReport> byContext = new LinkedHashMap<>();
        for (Map.Entry<String, CheckRequest> entry : requests.entrySet()) {
            SafeguardDecision decision =
                    checks.checkAndRecord(entry.getValue(), post.id().toString());
            archive.check(
                    post,
                    decision,
                    text,
                    version,
                    accountsByContext.get(entry.getKey()),
                    me == null ? null : me.staffId(),
                    me == null ? "Postwatch (system)" : me.displayName());
            byContext.put(entry.getKey(), decision.report());
        }
        return byContext.values().stream()
                .reduce((a, b) -> b.outcome().compareTo(a.outcome()) > 0 ? b : a)
                .orElseThrow();
    }

    private void scheduleOut(Post post, Instant now) {
        post.schedule(now);
        events.publishEvent(new PostSentOut(post.id(), post.force(), post.objective(), now));
        List<MediaItem> media = posts.images(post.force(), post.id()).stream()
                .map(i -> MediaItem.of(i.fileName(), i.contentType(), i.content(), i.altText()))
                .toList();
        for (PostRepository.Target target : posts.targets(post.force(), post.id())) {
            if (target.published()) {
                continue;
            }
            AccountSummary account = accounts.get(target.account());
            PublicationId publication = PublicationId.random();
            publishing.schedule(new PublicationRequest(
                    publication,
                    post.id().toString(),
                    account.id().value(),
                    org.postwatch.publishing.Channel.valueOf(account.channel().name()),
                    account.handle(),
                    post.text(),
                    media,
                    null,
                    post.scheduledAt()));
            posts.targetScheduled(post.force(), post.id(), target.account(), publication.value());
        }
        audit.record(
                PostActions.SCHEDULED,
                "post",
                post.id(),
                null,
                Map.of(
                        "publishAt",
                        post.scheduledAt() == null ? "now" : post.scheduledAt().toString()));
    }

    private void cancelPublications(Post post) {
        for (PostRepository.Target target : posts.targets(post.force(), post.id())) {
            if (target.publication() != null && !target.published()) {
                publishing
                        .find(new PublicationId(target.publication()))
                        .filter(s -> !s.state().isFinal())
                        .ifPresent(s -> publishing.cancel(s.id(), "The author took the post back to change it"));
            }
        }
    }

    private SubmitResult result(Post post, SafeguardReport report, String message, boolean needsConfirmation) {
        return new SubmitResult(
                post.id(), post.state(), report.outcome(), report.findings(), message, needsConfirmation);
    }

    private Post ownPost(PostId id) {
        Post post = posts.lock(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Post", id));
        if (!post.author().equals(CurrentUser.get().staffId())) {
            throw new RecordNotFoundException("Post", id);
        }
        return post;
    }

    private Post locked(PostId id) {
        return posts.lock(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Post", id));
    }

    private Post visible(PostId id) {
        Post post = posts.find(Tenancy.requireForce(), id).orElseThrow(() -> new RecordNotFoundException("Post", id));
        PostwatchUser me = CurrentUser.find().orElse(null);
        if (me != null && !post.author().equals(me.staffId()) && !me.hasAny(SEE_ALL)) {
            throw new RecordNotFoundException("Post", id);
        }
        return post;
    }

    PostView view(Post post) {
        List<PostTarget> targets = new ArrayList<>();
        for (PostRepository.Target t : posts.targets(post.force(), post.id())) {
            AccountSummary account = accounts.find(t.account()).orElse(null);
            targets.add(new PostTarget(
                    t.account(),
                    account == null ? "Unknown account" : account.label(),
                    account == null ? "" : account.handle(),
                    account == null ? "" : account.channel().name(),
                    t.publication(),
                    t.publishedAt(),
                    t.url(),
                    t.failure()));
        }
        return new PostView(
                post.id(),
                post.author(),
                post.authorName(),
                post.state(),
                post.text(),
                post.objective(),
                post.scheduledAt(),
                targets,
                posts.images(post.force(), post.id()).stream()
                        .map(Posts::imageView)
                        .toList(),
                post.version(),
                post.lastOutcome(),
                post.reviewRequired(),
                post.reviewerName(),
                post.reviewNote(),
                post.failure(),
                post.deletedReason(),
                post.createdAt(),
                post.updatedAt(),
                post.submittedAt(),
                post.publishedAt());
    }

    private static PostImage imageView(PostRepository.Image i) {
        return new PostImage(
                i.id(), i.fileName(), i.contentType(), i.content().length, i.altText(), i.right(), i.attribution());
    }

    static Channel channel(AccountSummary account) {
        return Channel.valueOf(account.channel().name());
    }

    static AccountKind kind(AccountSummary account) {
        return switch (account.kind()) {
            case CORPORATE -> AccountKind.CORPORATE;
            case TEAM -> AccountKind.TEAM;
            case INDIVIDUAL, UNOFFICIAL -> AccountKind.INDIVIDUAL;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
