package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.ActiveCase;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Channel;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;

/**
 * Round 9: a post that reports a verdict, plea or sentence is read clause by clause ({@link ContemptStages}). Strong
 * words about a convicted person are fine, even with sentencing still to come ("will be sentenced next month"); a
 * comment in a clause about someone still charged, denying it or awaiting trial is not, even in the same post.
 */
class ContemptDetectorRound9Test {

    private final ContemptDetector detector = new ContemptDetector();

    private static final List<String> JUDGED = List.of(
            "contempt.guilt-presumed",
            "contempt.character",
            "contempt.evidence",
            "contempt.previous-convictions",
            "contempt.plea-speculation");

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a verdict, with strong words and sentencing still to come
            After nine days of evidence the jury convicted him of murder. We got our man, and he will be sentenced at Lewes Crown Court on 3 March.
            Found guilty this afternoon: the thug who glassed a barman in Dorking. He is due to be sentenced next month.
            A unanimous verdict after four hours: guilty. The man who robbed a Bexhill post office at knifepoint will be sentenced on 1 June.
            Today's guilty verdict brings justice for the family. He was a violent bully who made their lives a misery.
            A dangerous man is off the streets of Crawley. The jury found him guilty of two rapes and he will be sentenced in the spring.
            # a plea
            Changed his plea to guilty on day four: the predator who groomed girls online will now be sentenced in April.
            He pleaded guilty at the first opportunity, and no wonder: he was caught red-handed on our cameras. Sentencing is on 9 July.
            She has admitted all the charges. Her victims, all of them over 80, can finally put this behind them.
            A shed thief who stole from allotments across Horsham has admitted eleven offences and returns for sentence in May.
            # a sentence, the family's words, the officer's words after the verdict
            Jailed for 12 years: the monster who attacked a woman walking home in Hove. Justice for her and her family.
            His widow said after the sentencing: 'The evil man who killed my husband is where he belongs.'
            DS Price said after the verdict: 'He is a dangerous predator and the jury saw through his lies.' He will be sentenced in May.
            Our SIO after Thursday's conviction: the CCTV showed exactly what he did, and the jury agreed with us.
            Sentenced at Chichester: a serial shoplifter who was sent to prison for 20 weeks at the magistrates' court.
            The court heard he had preyed on lonely widows. The recorder said he had shown no remorse at all.
            # an appeal reported after the verdict
            Three judges at the Court of Appeal dismissed his appeal today. The killer of a Worthing shopkeeper stays in prison.
            """)
    void aResultIsNotALiveCase(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .doesNotContainAnyElementsOf(JUDGED);
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # one defendant's result, then a comment on a co-accused still awaiting trial
            Dean Marsh was jailed for six years today. His co-accused, who denies the charge and faces trial in June, is guilty as sin. | contempt.guilt-presumed
            Tom Ryder pleaded guilty to burglary on Monday; his brother, charged in the same case and on trial next month, is a violent thug. | contempt.character
            The getaway driver admitted his part today, but the man who held the knife denies murder and we know he did it. | contempt.guilt-presumed
            # the verdict still to come: conviction words in the future or the conditional
            Charged with rape and due at Leeds Crown Court: the predator will be sent down for a long time. | contempt.character
            Charged with theft and due at court on Monday. We expect a guilty plea, he was caught red-handed. | contempt.plea-speculation
            If convicted he faces life, and frankly he's guilty as sin. His trial continues tomorrow. | contempt.guilt-presumed
            The jury is out, and the evidence against him is overwhelming. | contempt.evidence
            What should the Hastings arson gang get once they're convicted? Tell us below. | contempt.guilt-presumed
            # the accused's own past result, in a post about a new charge
            Charged with robbery and remanded in custody. He was jailed for the same offence in 2019. | contempt.previous-convictions
            He is the man who was fined for neglecting horses in 2021. Now he's charged under the Animal Welfare Act again. | contempt.previous-convictions
            # no result at all
            Charged with murder and due at Hull Crown Court on Monday. We got our man. | contempt.guilt-presumed
            # a confession to officers, or a verdict forecast, before trial
            The driver charged over the Crewe crash admitted to officers that he had taken cocaine. | contempt.evidence
            Awaiting trial for the Selby burglaries, so expect a guilty verdict in the spring. | contempt.guilt-presumed
            """)
    void aLiveClauseStillCounts(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    private static CheckContext withCase() {
        ActiveCase listed = new ActiveCase(
                "SX-2026-0311",
                List.of("Oliver Brice"),
                "wounding with intent",
                "Lewes Crown Court",
                LocalDate.of(2026, 12, 2),
                List.of(),
                List.of());
        return new CheckContext(
                Channel.X, AccountKind.CORPORATE, List.of(), List.of(listed), Situations.gloucestershire());
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Oliver Brice was convicted of wounding today and is a dangerous man. He will be sentenced on 2 May. | contempt.active-case
            Oliver Brice denies wounding and is a dangerous man. His trial starts on 2 December.                | contempt.character;contempt.active-case
            """)
    void aCaseOnTheListThatHasEndedIsAResult(String text, String expected) {
        assertThat(detector.detect(text, withCase()))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(expected.split(";"));
    }

    // Round 24: a neutral charge announcement and nothing else is not read either (NeutralChargePost).
    @ParameterizedTest(name = "the meaning head reads \"{0}\": {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GUILTY. The jury agreed with what we all knew. Sentencing at Lewes on 14 March.                 | false
            Changed his plea on the second day of the trial, faced with the footage. Sentence next month.   | false
            Jailed for nine years today. Thanks to everyone who helped us build the case.                  | false
            The jury is out. We all know what the right answer is.                                         | true
            Sam Reed was jailed today; his co-accused denies the charge and goes on trial in May.          | true
            A man has been charged with arson and will appear at Hastings Magistrates' Court on Monday.    | false
            A man has been charged with arson. Everyone in Hastings knows he did it.                       | true
            Lovely to see so many of you at the open day in Bexhill on Saturday.                           | true
            Day three of the trial: the judge said the account did not add up. The trial continues.         | true
            Jailing him for ten years, the judge said he was a danger to women.                            | false
            """)
    void theMeaningHeadDoesNotReadAResult(String text, boolean reads) {
        assertThat(detector.vetoesModel(AnalysedText.of(text))).isEqualTo(!reads);
    }
}
