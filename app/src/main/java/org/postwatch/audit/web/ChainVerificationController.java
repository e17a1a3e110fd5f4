package org.postwatch.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.postwatch.audit.AuditLog;
import org.postwatch.audit.AuditVerification;
import org.postwatch.audit.ChainReport;
import org.postwatch.audit.CheckpointExport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Force administrators verify the chain, and download its checkpoints and public key to keep elsewhere. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('FORCE_ADMIN')")
class ChainVerificationController {

    private final AuditVerification verification;
    private final AuditLog log;
    private final java.time.Clock clock;

    ChainVerificationController(AuditVerification verification, AuditLog log, java.time.Clock clock) {
        this.verification = verification;
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/verify")
    String page(Model model) {
        addKeyDetails(model);
        return "audit/verify";
    }

    @PostMapping("/verify")
    String verify(HtmxRequest htmx, Model model) {
        ChainReport report = verification.verifyMyForce();
        model.addAttribute("report", report);
        addKeyDetails(model);
        return htmx.isHtmxRequest() ? "audit/verify :: result" : "audit/verify";
    }

    @GetMapping(value = "/checkpoints.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CheckpointExport> checkpoints(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        CheckpointExport export = log.exportCheckpoints(since);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("audit-checkpoints-" + export.force()
                                        + (since == null ? "" : "-since-" + since) + ".json")
                                .build()
                                .toString())
                .body(export);
    }

    @GetMapping("/public-key.pem")
    ResponseEntity<byte[]> publicKey() {
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "x-pem-file"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("postwatch-audit-" + log.keyId() + ".pem")
                                .build()
                                .toString())
                .body(log.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
    }

    private void addKeyDetails(Model model) {
        model.addAttribute("keyId", log.keyId());
        model.addAttribute(
                "lastWeek",
                LocalDate.now(clock.withZone(org.postwatch.platform.LondonTime.ZONE))
                        .minusDays(7));
        model.addAttribute("checkpoints", log.recentCheckpoints(10));
    }
}
