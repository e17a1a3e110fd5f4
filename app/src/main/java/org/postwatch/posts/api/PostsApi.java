package org.postwatch.posts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.postwatch.accounts.AccountId;
import org.postwatch.posts.PostDraft;
import org.postwatch.posts.PostId;
import org.postwatch.posts.Posts;
import org.postwatch.posts.SubmitResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/posts")
@Tag(name = "Posts", description = "Write and submit posts; the safeguard check decides whether each goes out")
class PostsApi {

    private final Posts posts;

    PostsApi(Posts posts) {
        this.posts = posts;
    }

    /**
     * Saves and submits in one transaction: when the author may not post (422), nothing is kept; a blocked or advised
     * post is kept as the author's post so it can be changed.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CONTRIBUTOR') or hasRole('REVIEWER')")
    @Transactional
    @Operation(summary = "Create a post and submit it: returns the check's outcome, its findings and the post's state")
    PostResponse create(@Valid @RequestBody CreatePostRequest request) {
        PostId id = posts.saveDraft(
                null,
                new PostDraft(
                        request.accounts().stream().map(AccountId::new).toList(),
                        request.text(),
                        request.objective(),
                        request.publishAt()));
        SubmitResult result = posts.submit(id, Boolean.TRUE.equals(request.confirmAdvice()));
        return PostResponse.of(posts.get(id), result);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A post: its author's own, or any of the force's for reviewers; another force's is not found")
    PostResponse get(@PathVariable PostId id) {
        return PostResponse.of(posts.get(id), null);
    }
}
