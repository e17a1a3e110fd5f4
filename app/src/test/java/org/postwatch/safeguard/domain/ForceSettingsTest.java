package org.postwatch.safeguard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.platform.BusinessRuleException;

class ForceSettingsTest {

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
        "01452 726920,        01452726920",
        "+44 1452 726920,     01452726920",
        "0044 (0)1452-726920, 014520726920",
        "0800 555 111,        0800555111",
        "105,                 105",
    })
    void phoneNumbersAreReadAsPeopleTypeThem(String typed, String digits) {
        if (digits.length() > 11) {
            assertThatThrownBy(() -> ForceSettings.phoneNumbers(List.of(typed)))
                    .isInstanceOf(BusinessRuleException.class);
        } else {
            assertThat(ForceSettings.phoneNumbers(List.of(typed))).containsExactly(digits);
        }
    }

    @Test
    void everyBadNumberIsReported() {
        assertThatThrownBy(() -> ForceSettings.phoneNumbers(List.of("call us", "12", "01452 726920")))
                .hasMessageContaining("'call us' is not a phone number")
                .hasMessageContaining("'12' is not a UK phone number");
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
        "https://www.glospcc.gov.uk/news?x=1, glospcc.gov.uk",
        "Cotswoldwatch.org.uk,                 cotswoldwatch.org.uk",
        "http://example.org:8080/,            example.org",
    })
    void websitesAreReadAsDomains(String typed, String domain) {
        assertThat(ForceSettings.domains(List.of(typed))).containsExactly(domain);
    }

    @Test
    void notADomainIsRefused() {
        assertThatThrownBy(() -> ForceSettings.domains(List.of("not a domain")))
                .hasMessageContaining("'not a domain' is not a web address");
        assertThatThrownBy(() -> ForceSettings.domains(List.of("localhost"))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void pastedListsSplitOnLinesCommasAndSemicolons() {
        assertThat(ForceSettings.lines("a\r\nb, c;d")).containsExactly("a", "b", " c", "d");
    }

    @Test
    void aNewDraftGetsTheNextFreeLabel() {
        assertThat(PolicyAdministration.nextLabel("2025.1", Set.of("2025.1", "2025.2")))
                .isEqualTo("2025.3");
        assertThat(PolicyAdministration.nextLabel("spring", Set.of("spring"))).isEqualTo("spring.1");
    }
}
