package org.postwatch.archive.web;

import java.util.List;
import org.postwatch.archive.EvidenceExport;
import org.postwatch.archive.EvidenceExports;
import org.postwatch.platform.BusinessRuleException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Downloads an evidential export of the selected records. */
@Controller
@RequestMapping("/archive/export")
@PreAuthorize("hasAnyRole('PROFESSIONAL_STANDARDS', 'FORCE_ADMIN')")
class EvidenceExportController {

    private final EvidenceExports exports;

    EvidenceExportController(EvidenceExports exports) {
        this.exports = exports;
    }

    @PostMapping
    Object export(
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes flash) {
        try {
            EvidenceExport export = exports.export(RecordIds.parse(ids), purpose);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/zip"))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(export.fileName())
                                    .build()
                                    .toString())
                    .header("X-Content-SHA256", export.sha256())
                    .body(export.zip());
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("typedPurpose", purpose);
            return "redirect:" + RecordIds.safeReturn(returnTo);
        }
    }
}
