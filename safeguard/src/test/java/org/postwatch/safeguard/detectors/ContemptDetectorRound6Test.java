package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

/**
 * Round 6: comment on a live case in the words people use when they are sure, sarcastic or replying to someone:
 * "it was him", irony and rhetorical questions, a punishment taken for granted, evidence with no evidence noun, a
 * verdict on the person, the accused's past as "again" or "the same fella", and a complainant identified through the
 * offence, a relation or where they live, work or play.
 */
class ContemptDetectorRound6Test {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the accused named as the one who did it: a copula with him / her / them
            @Mo_Leeds yep, that was him on your Ring doorbell. Charged last night and before the magistrates tomorrow. | contempt.guilt-presumed
            Charged with the allotment thefts, due at Worcester court on Friday. Definitely him, by the way.         | contempt.guilt-presumed
            "Ken Doyle is charged with affray, in court next week. It was them all along, as we said."               | contempt.guilt-presumed
            Due before Ely magistrates on Monday charged with theft. We always knew it was her in the footage.       | contempt.guilt-presumed
            # certainty with no pronoun, and knowing who did it
            charged with the bus shelter damage, court on the 3rd. defo did it, we have no worries there           | contempt.guilt-presumed
            @Sal_B we know exactly who did this and he is now charged. Court date is 9 June.                        | contempt.guilt-presumed
            Charged and remanded. Not a shred of doubt in our minds about this one.                                 | contempt.guilt-presumed
            # irony, sarcasm and rhetorical questions
            Charged with handling stolen goods. Funny how the satnavs were all in his loft. Court on Tuesday.       | contempt.guilt-presumed
            Dan Fry says he bought the bikes from a man in a pub. Course he did. Charged, due at Hull on Friday.    | contempt.guilt-presumed
            Remanded over the Ashford break-ins. Who else was going to be climbing through that window at 4am?     | contempt.guilt-presumed
            Charged with benefit fraud and in court next week. Coincidence that the new car arrived the same month? | contempt.guilt-presumed
            Jo Platt is due at Dudley Magistrates charged with theft. Is anybody surprised? Thought not.           | contempt.guilt-presumed
            Charged with the ram raid and due at court Monday. Eh? You thought the plates would fool us, eh?       | contempt.guilt-presumed
            # a punishment taken for granted
            charged & remanded - banged up till his trial and hopefully well beyond it                              | contempt.guilt-presumed
            Remanded at Hove Crown Court on Monday. Off to prison he goes, and good riddance.                       | contempt.guilt-presumed
            Charged with robbery. He'll have years to think about what he did to that shopkeeper. Court tomorrow.   | contempt.guilt-presumed
            Charged with dealing. One less dealer in Kingswood, and we're not done yet. Court on Thursday.          | contempt.guilt-presumed
            # evidence weighed with no evidence noun
            Charged with assault and due at Bath court next week. All on camera, every second of it.                | contempt.evidence
            Charged with burglary. Caught red-handed halfway through the kitchen window. Court tomorrow.            | contempt.guilt-presumed
            Remanded ahead of trial at Leeds. Bang to rights - the stolen watches were still in his pockets.        | contempt.guilt-presumed
            Charged with fraud, due at Southwark Crown Court. His own emails gave him away in the end.              | contempt.evidence
            Charged with theft. The receipts came back and that sealed the deal. Court next Tuesday.                | contempt.evidence
            Day 3 of the Pike trial. His barrister says he was in Spain. His passport says otherwise.                | contempt.guilt-presumed
            # a verdict on the person
            Charged with harassment: Ruth Lane, 44. A thoroughly unpleasant woman, according to her neighbours.    | contempt.character
            Charged with assault and due at Luton court. Not a nice man, and the whole estate knows it.            | contempt.character
            Remanded ahead of trial at Exeter. Not one bit of remorse from him in interview.                        | contempt.character
            # the accused's past in other words
            Charged with shoplifting again and due at Grimsby court on Monday.                                      | contempt.previous-convictions
            Charged with burglary, appears at Stoke court Friday. Yes, it is the same fella from last summer.      | contempt.previous-convictions
            Charged with criminal damage. He was on a tag at the time. Court on the 14th.                           | contempt.previous-convictions
            Charged with theft and due at Crewe court. Back in the dock already, barely a month since the last one. | contempt.previous-convictions
            Charged with assault. Last time he stood before magistrates it was for the very same thing.            | contempt.previous-convictions
            # jurors addressed
            Jurors at Hull Crown Court, if you're reading: remember the family who sat through every day of it.     | contempt.guilt-presumed
            Hoping the jury at Lewes get it right this time. The trial continues.                                   | contempt.guilt-presumed
            # a sentence about the accused that has nothing to do with the charge, the court or the appeal
            Charged with the graffiti on the bandstand, due at Frome court on Monday. She can scrub it off herself next time. | contempt.comment-on-accused
            A 40-year-old is charged and due at Barnstaple court tomorrow. He chose the wrong house to pick on. | contempt.comment-on-accused
            Charged and in court next week. He'll not be missed round here, put it that way.                   | contempt.comment-on-accused
            # a complainant identified through the offence, a relation, or where they work, live or play
            A man has been charged with sexual assault on a waitress at the Kings Arms in Frome. He is due in court. | contempt.complainant-identified
            Charged with rape: the victim is the defendant's stepdaughter, who lives with him in Lawrence Weston.   | contempt.complainant-identified
            A man is charged with sexually assaulting a nurse who works nights on Ward 7 at Derriford Hospital.     | contempt.complainant-identified
            Charged with sexual offences against the boy next door, 12. He will appear at Exeter Crown Court.       | contempt.complainant-identified
            Charged with indecent assault on a trainee hairdresser at the salon he owns on Mill Street. Court Friday. | contempt.complainant-identified
            A coach is charged with sexual activity with a child. The victim plays in the under-12s team he runs at Tiverton Town. | contempt.complainant-identified
            A teacher is charged with sexual activity with a pupil in her Year 11 set at Ridgeway School. Court next week. | contempt.complainant-identified
            """)
    void flagsKind(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # neutral charge posts and replies that share the vocabulary
            @Mo_Leeds Thanks for the doorbell clip. A man has been charged and will appear before magistrates tomorrow.
            @Sal_B Thank you. A man has been charged and is due in court on 9 June, so we can't comment further.
            Charged with shoplifting: a 30-year-old woman from Grimsby. She will appear at Grimsby court on Monday.
            A man has been charged with theft. He will appear again on 5 May after the case was adjourned.
            A second man has been charged and will appear at Bath Magistrates with his co-defendant next week.
            Charged with burglary: a 40-year-old man. Was it him who called us? No - the caller was a neighbour. He appears in court tomorrow.
            A man has been charged with assault. It was her first shift at the shop. He will appear at Luton court next week.
            A man has been charged with rape. He will appear at Exeter Crown Court. The woman is being supported by specialist officers at the Bridge SARC.
            A man has been charged with sexual assault on a woman at Leeds railway station. He will appear at Leeds Crown Court.
            A man who works at a school in Frome has been charged with sexual assault. He will appear in court next week.
            The lad who works at the Co-op on High Street has been charged with sexual assault. He appears in court on Friday.
            Remanded: two men charged with robbery. We want to hear from anyone who knows who else was involved.
            Jurors at Hull Crown Court must decide on the evidence alone. Please do not comment on the trial.
            Charged with theft: a 30-year-old man from Frome. Do you know him? He appears in court on Monday.
            A man has been charged with assault and is due at Bath court on Monday. He was stopped on the A36 near Beckington.
            A woman has been charged with fraud and will appear at Taunton court next week. She lives in Wellington.
            # results, where the case is over
            Jailed: Dan Fry was sentenced to two years. The judge said he showed no remorse and had been caught red-handed.
            Convicted: it was him all along, the jury decided. He will be sentenced next month at Hove Crown Court after the verdict.
            # a sentence being passed ends the case too
            Sentencing him at Hove, the judge said the defendant had made his neighbours' lives a nightmare for years.
            Passing sentence at Truro, the judge said the defendant had shown no remorse.
            Sentencing her, the recorder said the defendant was a cold and calculating thief.
            # no case at all
            Caught red-handed! Our PCSOs found a seagull stealing chips outside the station.
            Funny how the clocks going back brings more break-ins. Fit a timer switch.
            Who else was on Queen Street on Saturday night? If you saw the collision, call 101.
            It's all on camera - our body-worn video goes live across the county on Monday.
            Open and shut? Not always. Our cold case team explains how a 1999 case was solved.
            A familiar face to many: PC Jo Hale retires today after 30 years. Enjoy it, Jo!
            Back in the dock! The Victorian courtroom at our museum reopens to school groups this week.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
