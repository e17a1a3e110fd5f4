package org.postwatch.safeguard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.postwatch.safeguard.AccountKind;
import org.postwatch.safeguard.Channel;
import org.postwatch.safeguard.CheckRequest;
import org.postwatch.safeguard.SafeguardChecks;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Safeguard", description = "Check posts against the force's safeguard policy")
class ChecksApi {

    private final SafeguardChecks checks;

    ChecksApi(SafeguardChecks checks) {
        this.checks = checks;
    }

    @PostMapping("/checks")
    @Operation(
            summary = "Check a text against the caller's force policy, profile and active court cases",
            description = "Answers with exactly one line of the command-line tool's check output: outcome, held"
                    + " categories, findings with character spans, reasons and suggested fixes, and the policy"
                    + " version. Nothing is recorded: checks of real posts are recorded by the posting pages."
                    + " Any signed-in role may call it.")
    @ApiResponse(responseCode = "200", description = "Checked")
    @ApiResponse(
            responseCode = "400",
            description = "Missing or blank text, text too long, or an unknown channel or account kind")
    @ApiResponse(responseCode = "401", description = "No valid API token")
    TextCheckResponse check(@Valid @RequestBody TextCheckRequest request) {
        CheckRequest check = CheckRequest.of(
                request.text(),
                constant(Channel.class, request.channel(), Channel.SANDBOX, "channel"),
                constant(AccountKind.class, request.accountKind(), AccountKind.CORPORATE, "accountKind"));
        return TextCheckResponse.of(request.id(), request.text(), checks.check(check));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String raw, E fallback, String field) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + field + " '" + raw.strip()
                        + "' (expected one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")"));
    }
}
