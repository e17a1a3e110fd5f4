package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

/**
 * Round 7: a punishment taken for granted in other tenses, a conviction assumed in a question or a poll, an old
 * sentence with its year some words on ("jailed for a knife attack in 2015"), a past bar or ban, a denied charge
 * answered with the evidence, the accused's character reported through what others say, and the case called hopeless
 * for the accused.
 */
class ContemptDetectorRound7Test {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a punishment taken for granted, in any tense
            Charged with the Stockport arson and remanded. Trust us, he never sees daylight again.              | contempt.guilt-presumed
            Remanded over the stabbing in Hanley. With luck she'll never see the light of day.                   | contempt.guilt-presumed
            Charged with robbing the post office and due at Preston court. How long will he get, do we reckon?   | contempt.guilt-presumed
            # a conviction assumed in a question or a poll, even with no charge word
            Quiz time: how many years do you think the Bolton ram-raiders get when they're convicted?           | contempt.guilt-presumed
            Once he's convicted we'll be sharing the full story of how the team caught him.                     | contempt.guilt-presumed
            # an old sentence, its year a few words on
            Charged with wounding. He was jailed for a glassing at a Wigan pub in 2018, for those who asked.   | contempt.previous-convictions
            The woman charged over the care home thefts was convicted of fraud against her employer back in 2016. | contempt.previous-convictions
            # a past bar or ban
            Charged with fraud, due at Exeter court. She was previously struck off as a solicitor.              | contempt.previous-convictions
            Charged with theft from patients: the same nurse previously barred from agency work in Devon.       | contempt.previous-convictions
            # a denied charge answered with the evidence
            He denies the charges. The dashcam says otherwise, and the jury will see it at Bristol Crown Court. | contempt.evidence
            # character through what others say
            Charged with the murder of his neighbour and due at Lincoln Crown Court. Described by locals as a bully. | contempt.character
            Charged with arson, he is known to have threatened half the street over the years.                  | contempt.character
            # the case called hopeless for the accused
            Trial starts Monday at Leeds Crown Court. The evidence is stacked against him and he knows it.      | contempt.evidence
            Charged and in court on Friday. Honestly, she hasn't got a leg to stand on.                         | contempt.evidence
            # second pass: relief or triumph, a short trial, taunts, evidence that never lies or is shown before trial
            Charged with the Garston burglaries. Residents can sleep easy now. Court on Wednesday.              | contempt.guilt-presumed
            Two charged with the Bootle car thefts and due at Sefton court. Time they got what's coming.        | contempt.guilt-presumed
            Charged after the fight in Skegness, court in June. Don't expect a long trial, put it that way: it'll be a quick trial. | contempt.guilt-presumed
            Charged with careless driving. If she had slowed down the cyclist would be fine. Court next month.  | contempt.guilt-presumed
            Remanded and due at Boston court. He's not so cocky now, is he?                                     | contempt.character
            Charged with fraud, trial in April at Lincoln. The bank statements don't lie.                        | contempt.evidence
            Charged over the Grantham assault. The footage is shocking: please see it before the trial.         | contempt.evidence
            """)
    void flagsKind(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # results, where the year belongs to the case just finished
            A Wigan man was jailed for four years today for a glassing at a pub in 2023.
            Convicted of fraud in 2024 and sentenced today at Exeter: a former solicitor who stole from clients.
            # neutral charge posts that share the words
            A man has been charged with arson and remanded in custody. He will appear at Stockport Magistrates tomorrow.
            He denies the charges and the trial is listed at Bristol Crown Court in March. We cannot comment further.
            A woman has been charged with theft from patients and will appear at Plymouth court next week.
            # no case at all
            Daylight robbery? Not at our car boot sale: every pound goes to the Air Ambulance.
            Crime prevention in the light of day: our PCSOs are marking bikes at the Bolton market on Saturday.
            Our neighbourhood team is known to have the best bacon rolls in Lincoln. Pop in and say hello!
            How long will the roadworks on the A38 take? Highways say about three weeks.
            Our new speed cameras never lie, so slow down on the A57 past the school.
            Residents can sleep easy: the lost tortoise from Garston has been found safe in a neighbour's shed.
            Our dog handlers caught a squirrel in the act of raiding the station bird feeder 🐿️
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
