package org.postwatch.safeguard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTest {

    private static Finding finding(Category category, String rule, Severity severity, double confidence) {
        return new Finding(category, rule, new Span(0, 4), severity, confidence, "reason", null);
    }

    private static CheckContext on(AccountKind kind, Channel channel) {
        return new CheckContext(channel, kind, List.of(), List.of(), ForceProfile.none());
    }

    @Test
    void shippedDefaultPolicyLoadsAndNamesItsVersion() {
        Policy policy = Policy.defaultPolicy();
        assertThat(policy.name()).isEqualTo("Postwatch default");
        assertThat(policy.version()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} {2} ({3}) on {4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            PERSONAL_DATA | personal-data.phone-uk             | HIGH     | 0.95 | CORPORATE  | BLOCK
            PERSONAL_DATA | personal-data.name                 | MEDIUM   | 0.9  | CORPORATE  | REVIEW
            PERSONAL_DATA | personal-data.vehicle-registration | MEDIUM   | 0.9  | CORPORATE  | REVIEW
            PERSONAL_DATA | personal-data.phone-uk             | HIGH     | 0.5  | CORPORATE  | REVIEW
            PERSONAL_DATA | personal-data.phone-uk             | HIGH     | 0.1  | CORPORATE  | ALLOW
            PERSONAL_DATA | personal-data.name-child           | CRITICAL | 0.75 | TEAM       | BLOCK
            PERSONAL_DATA | personal-data.name-child           | CRITICAL | 0.1  | CORPORATE  | BLOCK
            PERSONAL_DATA | personal-data.name-child           | CRITICAL | 0.9  | PERSONAL   | ADVISE
            PERSONAL_DATA | personal-data.phone-uk             | HIGH     | 0.95 | PERSONAL   | ADVISE
            LINK          | link.shortener                     | MEDIUM   | 0.95 | CORPORATE  | REVIEW
            LINK          | link.outside-allow-list            | LOW      | 0.9  | CORPORATE  | ADVISE
            POLITICAL     | political.partisan                 | LOW      | 0.9  | CORPORATE  | ADVISE
            POLITICAL     | political.partisan                 | LOW      | 0.9  | INDIVIDUAL | REVIEW
            """)
    void defaultPolicyDecides(
            Category category, String rule, Severity severity, double confidence, AccountKind kind, Outcome expected) {
        assertThat(Policy.defaultPolicy()
                        .outcomeFor(finding(category, rule, severity, confidence), on(kind, Channel.X)))
                .isEqualTo(expected);
    }

    @Test
    void overridesApplyOnlyToTheirChannelAndAccountKind() throws PolicyException {
        Policy policy = Policy.parse("""
                name: Test force
                version: 3
                categories:
                  LINK: { LOW: ALLOW }
                overrides:
                  - channel: [NEXTDOOR]
                    accountKind: TEAM
                    categories:
                      LINK: { LOW: REVIEW }
                  - channel: FACEBOOK
                    rules:
                      link.outside-allow-list: BLOCK
                """);
        Finding link = finding(Category.LINK, "link.outside-allow-list", Severity.LOW, 0.9);
        assertThat(policy.outcomeFor(link, on(AccountKind.CORPORATE, Channel.X)))
                .isEqualTo(Outcome.ALLOW);
        assertThat(policy.outcomeFor(link, on(AccountKind.TEAM, Channel.NEXTDOOR)))
                .isEqualTo(Outcome.REVIEW);
        assertThat(policy.outcomeFor(link, on(AccountKind.CORPORATE, Channel.NEXTDOOR)))
                .isEqualTo(Outcome.ALLOW);
        assertThat(policy.outcomeFor(link, on(AccountKind.CORPORATE, Channel.FACEBOOK)))
                .isEqualTo(Outcome.BLOCK);
    }

    @ParameterizedTest(name = "rejects: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'name: x\\nversion: 1\\ncategories:\\n  PERSNAL_DATA: { HIGH: BLOCK }'          | line 4: unknown category 'PERSNAL_DATA'
            'name: x\\nversion: 1\\ncategories:\\n  LINK: { HUGE: BLOCK }'                 | line 4: unknown severity 'HUGE'
            'name: x\\nversion: 1\\ncategories:\\n  LINK: { LOW: MAYBE }'                  | line 4: unknown outcome 'MAYBE'
            'name: x\\nversion: 1\\ncategories:\\n  CONTEMPT: { CRITICAL: REVIEW }'        | line 4: CRITICAL findings are always BLOCK
            'name: x\\nversion: 1\\nconfidence:\\n  ignoreBelow: lots'                     | line 4: ignoreBelow must be a number
            'name: x\\nversion: 1\\nfavourite: blue'                                       | line 3: unknown policy setting 'favourite'
            'name: x\\nversion: 1\\noverrides:\\n  - accountKind: [BOSS]'                  | line 4: unknown account kind 'BOSS'
            'name: x\\nversion: 1\\nrules:\\n  Not A Rule: BLOCK'                          | line 4: 'Not A Rule' is not a rule id
            'name: x'                                                                       | line 1: the policy needs a 'version'
            'name: [unclosed'                                                               | line 1: not valid YAML
            """)
    void rejectsInvalidPolicyWithLineNumbers(String yaml, String expected) {
        assertThatThrownBy(() -> Policy.parse(yaml.replace("\\n", "\n")))
                .isInstanceOfSatisfying(
                        PolicyException.class,
                        e -> assertThat(e.errors())
                                .anySatisfy(error -> assertThat(error).startsWith(expected)));
    }

    @Test
    void listsEveryErrorNotJustTheFirst() {
        String yaml = """
                name: Broken
                version: 1
                categories:
                  PERSNAL_DATA: { HIGH: BLOCK }
                  LINK: { LOW: NOPE }
                overrides:
                  - channel: MYSPACE
                """;
        assertThatThrownBy(() -> Policy.parse(yaml))
                .isInstanceOfSatisfying(
                        PolicyException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "line 4: unknown category 'PERSNAL_DATA' (expected one of PERSONAL_DATA, OFFENSIVE,"
                                                + " PROFANITY, OPERATIONAL_SECURITY, CONTEMPT, POLITICAL, COMMERCIAL, LINK, MEDIA_RIGHTS,"
                                                + " RELEASE_OF_INFORMATION)",
                                        "line 5: unknown outcome 'NOPE' (expected one of ALLOW, ADVISE, REVIEW, BLOCK)",
                                        "line 7: unknown channel 'MYSPACE' (expected one of X, FACEBOOK, INSTAGRAM, YOUTUBE,"
                                                + " TIKTOK, THREADS, BLUESKY, MASTODON, NEXTDOOR, SANDBOX, OTHER)"));
    }
}
