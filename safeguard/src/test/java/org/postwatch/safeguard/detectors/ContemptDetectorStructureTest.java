package org.postwatch.safeguard.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.engine.Finding;

/**
 * Round 5: comment on a live case read from sentence structure (a live case plus an opinion on guilt, character,
 * record or evidence, or a detail that identifies a complainant or child), in wording the phrase lists never held.
 */
class ContemptDetectorStructureTest {

    private final ContemptDetector detector = new ContemptDetector();

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a piece of evidence with a verb that settles the case
            Kian Doyle, 31, is charged with robbery. Shop camera stills place him at the till moments before.       | contempt.evidence
            Charged with fraud: Meera Shah. The invoices we recovered prove she invented the suppliers.           | contempt.evidence
            Oliver Grant remains remanded. Swabs from the bat matched his profile, which tells you everything.    | contempt.evidence
            Rhys Cole appears in court on Monday. His mobile puts him on the estate when the van was set alight. | contempt.evidence
            Charged: Paige Lowe. Receipts in her handbag were all over the case file, so there's no room for doubt. | contempt.evidence
            Tom Reid, 40, charged with assault. The pub's system shows him swinging the stool.                   | contempt.evidence
            Lena Park is due before magistrates. Our drone captured her dumping the waste in the lay-by.         | contempt.evidence
            Aaron Bell, charged with GBH, made no comment in interview. Draw your own conclusions.               | contempt.evidence
            # jurors told what to see or do
            The jury in the Yeovil fraud trial will see straight through her excuses.                            | contempt.guilt-presumed
            Jurors in the Barnet burglary case ought to remember what the victim went through.                   | contempt.guilt-presumed
            When a jury watches that clip of Dan Eve, there will only be one outcome. He is charged with affray. | contempt.guilt-presumed
            To the jurors at Lewes Crown Court: do the right thing.                                             | contempt.guilt-presumed
            # the accused's account called false
            Trial day four: Neil Cox says he acted to protect himself. A likely story.                           | contempt.guilt-presumed
            His alibi that he was at his cousin's in Hull is a fairy tale. Ian Dale is on trial at Leeds Crown Court. | contempt.guilt-presumed
            Sara Blunt denies the charge and is awaiting trial. Her account is a pack of lies.                   | contempt.guilt-presumed
            Gary Fenn told the court he found the bike. Funny how it was his size. He is on trial in Derby.      | contempt.guilt-presumed
            # the accused described by the act itself, or said plainly to have done it
            The landlord who evicted tenants at knifepoint has now been charged and is due in court.             | contempt.guilt-presumed
            Charged this morning: the van driver who has been stealing parcels across Telford.                   | contempt.guilt-presumed
            Remanded: a pair who kept ripping off pensioners with fake roofing jobs.                             | contempt.guilt-presumed
            Josh Lamb, 25, will appear in court on Friday charged with burglary. He smashed the back door with a spade. | contempt.guilt-presumed
            The cyclist who ran down a pensioner on the towpath is due before magistrates next week.             | contempt.guilt-presumed
            Charged with supplying drugs: Ali Reza, 22, who was caught dealing outside the leisure centre.      | contempt.guilt-presumed
            Shoplifter charged after a busy week for our town-centre team.                                       | contempt.guilt-presumed
            The jury are considering their verdict in the Mold case. We hope the family get justice for what he did to them. | contempt.guilt-presumed
            The teenager who hurled a bottle at a paramedic in Rugby has now been charged.                       | contempt.guilt-presumed
            The man who struck a steward at the Brentford match has been charged with assault.                  | contempt.guilt-presumed
            Kyle Ennis, 23, who mugged a pensioner in Acton, has been charged and remanded.                      | contempt.guilt-presumed
            Ravi Kapoor is on trial for fraud at Leicester Crown Court. His solicitor said he had been set up. Our team paint a different picture. | contempt.guilt-presumed
            Remanded: Gail Fry, 40. The video of her pushing the carer is hard to watch.                        | contempt.evidence
            Neil Hay is charged with the murder of his brother. A ruthless man, according to those who know him. | contempt.character
            # the accused's past in everyday words, or counted
            Ross Gale, 38, is charged with theft. He has been arrested for the same thing twice this year.      | contempt.previous-convictions
            Wayne Ash is due in court on Monday. He's been locked up several times before for burglary.         | contempt.previous-convictions
            Charged with criminal damage: Lee Burns. No stranger to our custody suite.                           | contempt.previous-convictions
            Kerry Dane, 44, is charged with fraud and appears at Preston Crown Court. She has a history of conning employers. | contempt.previous-convictions
            # a complainant or a child identified without a full name, or with one beside a relation
            A man is charged with sexually assaulting his tenant, Molly Shaw, at a flat in Hereford.             | contempt.complainant-identified
            Charged with rape: Kyle Vance. The victim, a teenager named Keira, has shown real courage.           | contempt.complainant-identified
            A man has been charged with rape. She is a 30-year-old florist at a shop on Castle Street.           | contempt.complainant-identified
            A man has been charged with sexual assault on a girl in Rhyl. The 13-year-old, a pupil at Ysgol Emrys, is being supported. | contempt.complainant-identified
            A man has been charged with rape in Lydney. The woman runs the bakery on Newerne Street.              | contempt.complainant-identified
            Charged: a man, 61, with indecent assault on a girl he tutored at Severn Vale School.                 | contempt.complainant-identified
            Charged: a man with sexual activity with a child. The victim, a pupil at St Aidan's in Carlisle, is being supported by specialist officers. | contempt.complainant-identified
            A man has been charged with rape. The victim, who works at the Co-op on London Road, is being supported by officers. | contempt.complainant-identified
            A man has been charged with assaulting a girl, 14, in Rhyl. The girl, who attends Rhyl High, is being supported by her family. | contempt.child-identified
            Dean Hill appears at court on Monday. It is his fifth court appearance since Easter.                  | contempt.previous-convictions
            """)
    void flagsKind(String text, String rule) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .contains(rule);
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # neutral charge posts that use the same words: evidence appeals, victims in the passive, court words
            Kian Doyle, 31, has been charged with robbery and will appear at Swindon Magistrates' Court on Monday.
            We are still keen to see any doorbell footage from the area. A man has been charged and is due in court next week.
            Forensic officers examined the car. A 35-year-old woman has been charged and will appear in court tomorrow.
            The man who was attacked in the car park is recovering. A 22-year-old has been charged with assault.
            The woman who was robbed on the towpath thanked the dog walker who helped her. A man has been charged.
            Anyone who carries a knife risks their life. A 17-year-old has been charged with possession and will appear at youth court.
            Charged: a man in connection with a burglary on Mill Lane. Thanks to the witnesses who came forward.
            He was punched several times and needed stitches. A man has been charged and will appear at court on Friday.
            She was walking her dog when she was approached. A man has been charged and will appear before magistrates.
            The woman who left her handbag on the bus got it back thanks to the driver. A man has been charged with theft.
            The man who struck the deer on the A40 was not hurt. A 30-year-old man has been charged with drink driving and appears in court tomorrow.
            A man has been charged after a paramedic who treated a patient in Rugby was assaulted. He will appear in court on Monday.
            Tom Fay, 70, who died in the fire, has been named. A man has been charged with arson and will appear at court tomorrow.
            A man has been charged with rape. The woman is being supported by officers from the team who run the SARC.
            # jury and trial posts that only report or explain
            The jury has been sworn in at Lewes Crown Court. We will not be commenting until the trial ends.
            If you are called for jury service, you must not look the case up online.
            Jurors must decide a case only on the evidence they hear in court. That is why we never comment on live cases.
            The jury will now consider its verdict in the trial of a 50-year-old man. We will update when we can.
            The defendant told the court he acted in self-defence. The trial continues tomorrow at Derby Crown Court.
            # results, where the case is over
            A man who stole from his employer was given a suspended sentence at Preston Crown Court today.
            Jailed: a driver who ran down a pensioner on the towpath was sentenced to four years today.
            Ross Gale, 38, who has been arrested many times before, was jailed for 18 months today.
            # no case at all
            Our officers were at Lewes Crown Court today for a schools visit about how trials work.
            Dashcam footage shows how close the lorry came to the cyclist. Please give riders room.
            Officers caught a man dealing drugs outside the leisure centre. He was arrested and remains in custody.
            """)
    void doesNotFlag(String text) {
        assertThat(detector.detect(text, Situations.corporatePost()))
                .extracting(Finding::rule)
                .isEmpty();
    }
}
