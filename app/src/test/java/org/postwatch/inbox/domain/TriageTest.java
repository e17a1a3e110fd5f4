package org.postwatch.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.inbox.InboundCategory;
import org.postwatch.inbox.KeywordRoute;
import org.postwatch.safeguard.Category;

/** Triage rules, table-driven: real-sounding messages and the figures of speech that must not raise the alarm. */
class TriageTest {

    private static InboundCategory classify(String text) {
        return Triage.classify(text, Set.of(), List.of()).category();
    }

    @ParameterizedTest(name = "risk to life: {0}")
    @ValueSource(
            strings = {
                "I can't go on anymore",
                "I cant go on like this, nobody would notice",
                "I'm going to kill myself tonight",
                "thinking about ending it all",
                "I just want to die",
                "I've taken an overdose and I'm scared",
                "I don't want to be here anymore",
                "feeling suicidal and alone",
                "I keep wanting to hurt myself",
                "going to jump off the bridge on the A38",
                "He's got a knife and says he'll use it",
                "there's a man with a machete outside the Co-op",
                "my ex says he is going to kill her",
                "he threatened to stab my brother",
                "I'm going to kill him when I find him",
                "Please help, my dad has dementia and has gone missing from home",
                "My 8 year old son has gone missing at the park",
                "Missing since this morning, she is 84 years old and vulnerable",
                "he's hitting her right now, I can hear it through the wall",
                "I'm saying goodbye to everyone, I've had enough",
                "Better off dead than living like this"
            })
    void flagsARiskToLife(String text) {
        assertThat(classify(text)).isEqualTo(InboundCategory.RISK_TO_LIFE);
    }

    @ParameterizedTest(name = "not a risk to life: {0}")
    @CsvSource(delimiter = '|', textBlock = """
                    This traffic is killing me, what has happened on the M5?   | QUESTION
                    I could murder a brew after that                           | COMMENT
                    Dying to know when the dog show is!                        | COMMENT
                    Has anyone seen our cat? She has been missing since Tuesday | QUESTION
                    Our dog has gone missing near the canal, he is 12 years old | COMMENT
                    You'll kill it at the county show, good luck Bramble        | COMMENT
                    Knife crime awareness week is a great idea                  | COMMENT
                    That puppy video made me die laughing                       | COMMENT
                    I'd kill for a day off like the dogs get                    | COMMENT
                    Is the missing lady from yesterday found?                   | QUESTION
                    My phone is dead and I can't find my keys, typical Monday   | COMMENT
                    """)
    void doesNotFlagFiguresOfSpeech(String text, InboundCategory expected) {
        assertThat(classify(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "crime report: {0}")
    @ValueSource(
            strings = {
                "My car was broken into last night on Bath Road",
                "I want to report a theft from my garden",
                "Someone stole my bike from outside the library",
                "We've been burgled, what do I do?",
                "I was mugged on the high street",
                "How do I report a hit and run?",
                "my shed has been broken into again"
            })
    void flagsACrimeReport(String text) {
        assertThat(classify(text)).isEqualTo(InboundCategory.CRIME_REPORT);
    }

    @ParameterizedTest(name = "intelligence: {0}")
    @ValueSource(
            strings = {
                "There is drug dealing from the flat above the bookies",
                "Smell of cannabis every night from number 14",
                "They are selling drugs outside the school gates",
                "I know who broke into the community centre",
                "Dodgy van going round the estate looking in gardens",
                "Think there is a cannabis farm in the old garage",
                "the wanted man from your appeal is staying at his sister's"
            })
    void flagsIntelligence(String text) {
        assertThat(classify(text)).isEqualTo(InboundCategory.INTELLIGENCE);
    }

    @ParameterizedTest(name = "abuse: {0}")
    @ValueSource(strings = {"ACAB", "You pigs are useless", "Scum, the lot of you", "Bent coppers"})
    void flagsAbuseByTheInboxRules(String text) {
        assertThat(classify(text)).isEqualTo(InboundCategory.ABUSE);
    }

    @Test
    void safeguardOffensiveOrContemptFindingsMakeItAbuse() {
        assertThat(Triage.classify("you absolute muppets", Set.of(Category.OFFENSIVE), List.of())
                        .category())
                .isEqualTo(InboundCategory.ABUSE);
        var contempt =
                Triage.classify("He's guilty, lock him up before the trial", Set.of(Category.CONTEMPT), List.of());
        assertThat(contempt.category()).isEqualTo(InboundCategory.ABUSE);
        assertThat(contempt.flags()).contains("contempt-risk");
    }

    @Test
    void aThreatInsideAnAbusiveMessageIsStillARiskToLife() {
        var result = Triage.classify("you pigs, I'm going to kill you all", Set.of(Category.OFFENSIVE), List.of());
        assertThat(result.category()).isEqualTo(InboundCategory.RISK_TO_LIFE);
        assertThat(result.flags()).contains("threat-to-life", "abusive-language");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
                    When is the next police dog open day?   | QUESTION
                    what time does the front desk open      | QUESTION
                    Any news on the A40 closure              | QUESTION
                    Brilliant work, thank you all            | COMMENT
                    Well done Bramble!                       | COMMENT
                    """)
    void questionsAndComments(String text, InboundCategory expected) {
        assertThat(classify(text)).isEqualTo(expected);
    }

    @Test
    void keywordRoutesSendMatchingItemsToTheirTeam() {
        List<KeywordRoute> routes = List.of(
                new KeywordRoute(UUID.randomUUID(), "dog", "Dog Unit", "t", Instant.EPOCH),
                new KeywordRoute(UUID.randomUUID(), "school", "Schools Liaison", "t", Instant.EPOCH));

        assertThat(Triage.classify("Will the dogs be at the show?", Set.of(), routes)
                        .team())
                .isEqualTo("Dog Unit");
        assertThat(Triage.classify("Thanks for visiting the school", Set.of(), routes)
                        .team())
                .isEqualTo("Schools Liaison");
        assertThat(Triage.classify("Hotdog stand was great", Set.of(), routes).team())
                .isNull();
    }
}
