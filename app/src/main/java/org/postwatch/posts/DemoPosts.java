package org.postwatch.posts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.postwatch.accounts.AccountSummary;
import org.postwatch.accounts.Accounts;
import org.postwatch.accounts.PostableAccount;
import org.postwatch.accounts.PostingRights;
import org.postwatch.accounts.StrategyObjective;
import org.postwatch.identity.DemoStaffSeeded;
import org.postwatch.identity.Force;
import org.postwatch.identity.Forces;
import org.postwatch.identity.StaffDirectory;
import org.postwatch.identity.StaffMember;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.PostwatchUser;
import org.postwatch.platform.Role;
import org.postwatch.platform.Tenancy;
import org.postwatch.posts.domain.Post;
import org.postwatch.posts.domain.PostRepository;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.PublicationRequest;
import org.postwatch.publishing.Publishing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo posts for each demo force, written by the demo people through the real submission path: drafts, published
 * posts on the Sandbox, one held for review (the neighbourhood officer's level needs review) and one that fails
 * (the Facebook page has no credentials). Seeded once the accounts exist: after every {@link DemoStaffSeeded} listener
 * has run, which happens within the start-up event that publishes it.
 */
@Component
class DemoPosts {

    private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);

    private final Forces forces;
    private final StaffDirectory directory;
    private final PostingRights rights;
    private final Accounts accounts;
    private final Posts posts;
    private final PostRepository repository;
    private final Publishing publishing;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<ForceId> pending = new ArrayList<>();

    DemoPosts(
            Forces forces,
            StaffDirectory directory,
            PostingRights rights,
            Accounts accounts,
            Posts posts,
            PostRepository repository,
            Publishing publishing,
            TransactionTemplate transactions,
            Clock clock) {
        this.forces = forces;
        this.directory = directory;
        this.rights = rights;
        this.accounts = accounts;
        this.posts = posts;
        this.repository = repository;
        this.publishing = publishing;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void remember(DemoStaffSeeded event) {
        pending.addAll(event.forces());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void seed() {
        for (ForceId force : pending) {
            try {
                Tenancy.asForce(force, () -> seed(forces.get(force)));
            } catch (RuntimeException e) {
                log.warn("Demo posts not seeded for {}: {}", force, e.getMessage());
            }
        }
        pending.clear();
    }

    private void seed(Force force) {
        List<StaffMember> staff = directory.all();
        StaffMember handler = person(staff, "Dog Unit");
        StaffMember neighbourhood = person(staff, "Neighbourhood");
        if (handler == null || neighbourhood == null) {
            return;
        }
        PostwatchUser handlerUser = user(force, handler);
        PostwatchUser officer = user(force, neighbourhood);
        List<PostableAccount> dogAccounts = rights.accountsFor(handler.id());
        List<PostableAccount> townAccounts = rights.accountsFor(neighbourhood.id());
        if (dogAccounts.isEmpty() || townAccounts.isEmpty()) {
            return;
        }
        AccountSummary dogs = dogAccounts.getFirst().account();
        AccountSummary town = townAccounts.getFirst().account();

        as(handlerUser, () -> {
            posts.saveDraft(
                    null,
                    draft(
                            dogs,
                            "Puppy update: our newest recruits start their training next week." + " Names to follow!",
                            StrategyObjective.ENGAGEMENT));
            posts.saveDraft(null, draft(dogs, "", StrategyObjective.RECRUITMENT));
            submit(draft(
                    dogs,
                    "PD Bruno and his handler found a missing 82-year-old man in woodland near the river"
                            + " last night, cold but safe. Good boy, Bruno!",
                    StrategyObjective.ENGAGEMENT));
            submit(draft(
                    dogs,
                    "Thinking of joining the dog unit? Come and meet the team at our open day at"
                            + " headquarters on Saturday, 10am to 3pm.",
                    StrategyObjective.RECRUITMENT));
            return null;
        });
        as(officer, () -> {
            submit(draft(
                    town,
                    "Bike marking this Thursday at the library, 2pm to 4pm. Bring your bike and some"
                            + " proof it is yours.",
                    StrategyObjective.CRIME_PREVENTION));
            return null;
        });
        failingPost(force, handlerUser);
    }

    /** A post to an account Postwatch has no credentials for: publishing gives up and the post shows as failed. */
    private void failingPost(Force force, PostwatchUser author) {
        AccountSummary page = accounts.all().stream()
                .filter(a -> a.channel() == org.postwatch.accounts.Channel.FACEBOOK && a.isActive())
                .findFirst()
                .orElse(null);
        if (page == null) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Post post = Post.draft(
                    force.id(),
                    author.staffId(),
                    author.displayName(),
                    draft(
                            page,
                            "Road safety week: slow down near schools. Every mile an hour matters.",
                            StrategyObjective.ROAD_SAFETY),
                    clock.instant().minus(Duration.ofHours(3)));
            post.checked(org.postwatch.safeguard.Outcome.ALLOW, false, clock.instant());
            post.schedule(clock.instant());
            repository.insert(post);
            repository.saveVersion(post, author.displayName(), clock.instant());
            PublicationId publication = PublicationId.random();
            publishing.schedule(PublicationRequest.now(
                    publication,
                    post.id().toString(),
                    page.id().value(),
                    org.postwatch.publishing.Channel.FACEBOOK,
                    page.handle(),
                    post.text()));
            repository.targetScheduled(force.id(), post.id(), page.id(), publication.value());
        });
    }

    private void submit(PostDraft draft) {
        PostId id = posts.saveDraft(null, draft);
        posts.submit(id, true);
    }

    private static PostDraft draft(AccountSummary account, String text, StrategyObjective objective) {
        return new PostDraft(List.of(account.id()), text, objective, null);
    }

    private static StaffMember person(List<StaffMember> staff, String unitStart) {
        return staff.stream()
                .filter(m -> m.roles().contains(Role.CONTRIBUTOR) && m.unit().startsWith(unitStart))
                .findFirst()
                .orElse(null);
    }

    private static PostwatchUser user(Force force, StaffMember member) {
        return new PostwatchUser(
                member.id(),
                force.id(),
                force.code(),
                force.name(),
                member.displayName(),
                member.email(),
                member.roles());
    }

    private static <T> T as(PostwatchUser user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                user.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
