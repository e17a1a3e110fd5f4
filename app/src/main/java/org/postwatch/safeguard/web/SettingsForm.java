package org.postwatch.safeguard.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.postwatch.safeguard.domain.ForceSettings;

/** The force's own phone numbers and trusted websites, one per line. */
public record SettingsForm(
        @Size(max = 5_000, message = "Enter fewer numbers") String publishedNumbers,

        @Size(max = 10_000, message = "Enter fewer websites")
        String linkDomains) {

    static SettingsForm of(ForceSettings settings) {
        return new SettingsForm(
                String.join(
                        "\n",
                        settings.publishedNumbers().stream()
                                .map(ForceSettings::readable)
                                .toList()),
                String.join("\n", settings.linkDomains()));
    }

    List<String> numberLines() {
        return ForceSettings.lines(publishedNumbers);
    }

    List<String> domainLines() {
        return ForceSettings.lines(linkDomains);
    }
}
