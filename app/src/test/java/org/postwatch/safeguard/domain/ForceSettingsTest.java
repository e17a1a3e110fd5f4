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
        "0044 (0)1452-726920, 01452726920",
        "+44 (0) 1452 726920, 01452726920",
        "0800 555 111,        0800555111",
        "0808 16 89 111,      08081689111",
        "0800 1111,           08001111",
        "116 123,             116123",
        "105,                 105",
        "07700 900123,        07700900123",
        "020 7946 0000,       02079460000",
        "999,                 999",
    })
    void phoneNumbersAreReadAsPeopleTypeThem(String typed, String digits) {
        assertThat(ForceSettings.phoneNumbers(List.of(typed))).containsExactly(digits);
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({
        "12", // too short for anything
        "726920", // the number without its area code
        "01452 7269", // digits missing
        "0300 123", // a non-geographic number cut short
        "1452 726920", // the area code without its 0
        "+44 1452 7269", // from abroad, digits missing
        "5555",
        "014527269201", // a digit too many
        "07700 90012", // mend14b: a mobile is always 11 digits
        "020 7946 000", // mend14b: so is an 02 number
        "100", // mend14b: not a service number
        "123",
    })
    void partOfANumberIsRefusedSinceItWouldNeverMatchAPost(String typed) {
        assertThatThrownBy(() -> ForceSettings.phoneNumbers(List.of(typed)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'" + typed + "' is not a whole UK phone number");
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "01632960123, 01632 960123",
        "02079460000, 020 7946 0000",
        "01134960000, 0113 496 0000",
        "03001232040, 0300 123 2040",
        "0800555111,  0800 555 111",
        "08001111,    0800 1111",
        "116123,      116 123",
        "101,         101",
    })
    void savedNumbersAreShownAsPeopleReadThem(String digits, String shown) {
        assertThat(ForceSettings.readable(digits)).isEqualTo(shown);
    }

    @Test
    void everyBadNumberIsReported() {
        assertThatThrownBy(() -> ForceSettings.phoneNumbers(List.of("call us", "12", "01452 726920")))
                .hasMessageContaining("'call us' is not a phone number")
                .hasMessageContaining("'12' is not a whole UK phone number");
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
