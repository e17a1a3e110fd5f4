package org.postwatch.conduct.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.postwatch.conduct.domain.CaseId;
import org.postwatch.conduct.domain.EvidenceId;
import org.postwatch.conduct.domain.EvidenceLocker;
import org.postwatch.conduct.domain.EvidenceTamperedException;
import org.postwatch.conduct.web.Forms.ArchiveLinkForm;
import org.postwatch.platform.BusinessRuleException;
import org.postwatch.platform.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding evidence to a case, and downloading it after its hash has been checked. */
@Controller
@RequestMapping("/conduct/cases/{id}/evidence")
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
class EvidenceController {

    private final EvidenceLocker locker;
    private final CasePage casePage;

    EvidenceController(EvidenceLocker locker, CasePage casePage) {
        this.locker = locker;
        this.casePage = casePage;
    }

    @PostMapping("/files")
    String upload(
            @PathVariable String id,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        CaseId caseId = CaseController.caseId(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new BusinessRuleException("Choose a file to add");
            }
            locker.addFile(caseId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), note);
            flash.addFlashAttribute("success", "Evidence added: " + file.getOriginalFilename());
            return "redirect:/conduct/cases/" + id + "#evidence";
        } catch (BusinessRuleException e) {
            model.addAttribute("uploadError", e.getMessage());
            model.addAttribute("uploadNote", note);
            return casePage.render(caseId, model, "upload");
        }
    }

    @PostMapping("/archive-links")
    String link(
            @PathVariable String id,
            @Valid @ModelAttribute("archiveLink") ArchiveLinkForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        CaseId caseId = CaseController.caseId(id);
        if (!errors.hasErrors()) {
            try {
                locker.linkArchiveRecord(caseId, form.recordId(), form.contentHash(), form.note());
                flash.addFlashAttribute("success", "Archive record linked");
                return "redirect:/conduct/cases/" + id + "#evidence";
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        return casePage.render(caseId, model, "archiveLink");
    }

    @GetMapping("/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String evidenceId) {
        EvidenceLocker.Download file = locker.download(CaseController.caseId(id), evidenceId(evidenceId));
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.mediaType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        // Always a download, never rendered in the page: uploaded files are untrusted content.
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Evidence-SHA256", file.sha256Hex())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    @ExceptionHandler(EvidenceTamperedException.class)
    String tampered(EvidenceTamperedException e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reference", e.reference());
        model.addAttribute("fileName", e.fileName());
        return "conduct/evidence-tampered";
    }

    private static EvidenceId evidenceId(String id) {
        try {
            return new EvidenceId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Evidence", id);
        }
    }
}
