package org.postwatch.publishing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import org.postwatch.publishing.PauseId;
import org.postwatch.publishing.PublicationId;
import org.postwatch.publishing.Publishing;
import org.postwatch.publishing.PublishingPause;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/publishing")
@Tag(name = "Publishing", description = "The critical-incident pause and the status of publications")
class PublishingApi {

    private final PublishingPause pause;
    private final Publishing publishing;

    PublishingApi(PublishingPause pause, Publishing publishing) {
        this.pause = pause;
        this.publishing = publishing;
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    @Operation(summary = "Pause all scheduled and outgoing posts of the caller's force, or of the given accounts")
    PauseResponse pause(@Valid @RequestBody PauseRequest request) {
        var accounts = request.accounts() == null
                ? java.util.Set.<java.util.UUID>of()
                : new LinkedHashSet<>(request.accounts());
        return PauseResponse.of(pause.pause(accounts, request.reason()));
    }

    @PostMapping("/resume")
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN')")
    @Operation(summary = "End one pause (pauseId) or every active pause of the caller's force; held posts go out")
    List<PauseResponse> resume(@Valid @RequestBody ResumeRequest request) {
        PauseId id = request.pauseId() == null ? null : new PauseId(request.pauseId());
        return pause.resume(id, request.reason()).stream()
                .map(PauseResponse::of)
                .toList();
    }

    @GetMapping("/pauses")
    @Operation(summary = "The caller's force's active pauses")
    List<PauseResponse> pauses() {
        return pause.active().stream().map(PauseResponse::of).toList();
    }

    @GetMapping("/publications/{id}")
    @PreAuthorize("hasAnyRole('REVIEWER', 'FORCE_ADMIN', 'ACCOUNT_MANAGER')")
    @Operation(summary = "A publication of the caller's force, with each attempt")
    PublicationResponse publication(@PathVariable PublicationId id) {
        return PublicationResponse.of(publishing.status(id));
    }
}
