package org.postwatch.conduct.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.postwatch.conduct.domain.CaseImport;
import org.postwatch.platform.ImportReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Importing historic cases from a spreadsheet, with a report on every row. */
@Controller
@RequestMapping("/conduct/import")
@PreAuthorize("hasRole('PROFESSIONAL_STANDARDS')")
class ImportController {

    private final CaseImport caseImport;

    ImportController(CaseImport caseImport) {
        this.caseImport = caseImport;
    }

    @GetMapping
    String form() {
        return "conduct/import";
    }

    @PostMapping
    String importCsv(@RequestParam(value = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a CSV file to import");
            return "conduct/import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            ImportReport report = caseImport.importCsv(reader);
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "conduct/import";
    }
}
