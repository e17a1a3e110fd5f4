package org.postwatch.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import org.postwatch.training.TrainingRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Course completions from the force's learning system")
class TrainingApi {

    private final TrainingRecords records;

    TrainingApi(TrainingRecords records) {
        this.records = records;
    }

    /** Lets a learning system send its nightly export with a training administrator's API token. */
    @PostMapping(path = "/completions/import", consumes = "text/csv")
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    @Operation(
            summary = "Imports a learning-system CSV export (columns email or collar_number, course_code,"
                    + " completed_on). Good rows are kept; every bad row is reported")
    ImportResponse importCompletions(@RequestBody String csv) throws IOException {
        return ImportResponse.of(records.importCsv(new StringReader(csv)));
    }
}
