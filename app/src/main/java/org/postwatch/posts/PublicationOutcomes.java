package org.postwatch.posts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.postwatch.accounts.AccountId;
import org.postwatch.accounts.Accounts;
import org.postwatch.audit.Actor;
import org.postwatch.audit.AuditTrail;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostActions;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.publishing.PostPublished;
import org.postwatch.publishing.PublicationFailed;
import org.postwatch.publishing.Publishing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows each post out: when publishing reports a publication went out, the post's account is marked, the receipt is
 * kept in the archive (once, however often the event arrives) and, once every account has it, the post is PUBLISHED; a failure marks the post FAILED with the platform's words. Runs after
 * publishing has committed, in its own transaction, so a problem here never undoes the record that a post went out.
 */
@Component
class PublicationOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PublicationOutcomes.class);

    private final PostRepository posts;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final PostArchive archive;
    private final Publishing publishing;
    private final TransactionTemplate transactions;

    PublicationOutcomes(
            PostRepository posts,
            Accounts accounts,
            AuditTrail audit,
            PostArchive archive,
            Publishing publishing,
            PlatformTransactionManager transactions) {
        this.posts = posts;
        this.accounts = accounts;
        this.audit = audit;
        this.archive = archive;
        this.publishing = publishing;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PostPublished event) {
        within(event.force(), event.postReference(), post -> {
            AccountId account = new AccountId(event.account());
            posts.targetPublished(post.force(), post.id(), account, event.at(), event.platformPostId(), event.url());
            accounts.recordPost(account, event.at());
            archive.receipt(
                    post,
                    event.publication().value(),
                    accounts.find(account).orElse(null),
                    event.channel().name(),
                    publishing.find(event.publication()).map(p -> p.text()).orElse(post.text()),
                    event.platformPostId(),
                    event.url(),
                    event.at());
            boolean all = posts.targets(post.force(), post.id()).stream().allMatch(PostRepository.Target::published);
            if (all && post.state() == PostState.SCHEDULED) {
                post.published(event.at());
                posts.update(post);
                audit.recordFor(
                        post.force(),
                        Actor.system(),
                        PostActions.PUBLISHED,
                        "post",
                        post.id(),
                        null,
                        event.url() == null ? Map.of() : Map.of("url", event.url()));
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicationFailed event) {
        within(event.force(), event.postReference(), post -> {
            posts.targetFailed(post.force(), post.id(), new AccountId(event.account()), event.platformMessage());
            if (post.state() == PostState.SCHEDULED) {
                post.failed(event.platformMessage(), event.at());
                posts.update(post);
                audit.recordFor(
                        post.force(),
                        Actor.system(),
                        PostActions.FAILED,
                        "post",
                        post.id(),
                        event.platformMessage(),
                        Map.of("channel", event.channel().name()));
            }
        });
    }

    private void within(ForceId force, String reference, java.util.function.Consumer<Post> work) {
        Optional<PostId> id = parse(reference);
        if (id.isEmpty()) {
            return;
        }
        try {
            Tenancy.asForce(
                    force,
                    () -> transactions.executeWithoutResult(
                            status -> posts.lock(force, id.get()).ifPresent(work)));
        } catch (RuntimeException e) {
            log.error("Could not record the publishing outcome of post {}", reference, e);
        }
    }

    private static Optional<PostId> parse(String reference) {
        try {
            return Optional.of(new PostId(UUID.fromString(reference)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
