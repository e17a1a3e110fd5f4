package org.postwatch.safeguard.detect.political;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;

class PoliticalDetectorTest {

    private static final PoliticalDetector DETECTOR = new PoliticalDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Vote Jane Smith for PCC on Thursday!                                        | political.voting-intention
            Remember who cut police numbers when you vote next week.                    | political.voting-intention
            The Tories have done nothing for this town.                                 | political.party-partisan
            Labour's plans for policing are a disgrace.                                 | political.party-partisan
            Great to see Keir Starmer delivering for working people.                    | political.partisan-comment
            This government has failed victims and should be ashamed.                   | political.partisan-comment
            Great to meet the Green candidate for the council at our station today.     | political.election-period
            Fantastic news: record government investment in our town.                   | political.partisan-comment
            Proud to stand with our local MP, who always delivers for this town.        | political.partisan-comment
            Boris Johnson was in town this morning.                                     | political.politician-mention
            A Conservative councillor has written to residents.                         | political.party-mention
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Our PCC Jane Smith joined the neighbourhood team on patrol today.",
                "Online safety for parents: our free session at the library starts at 6pm tonight.",
                "The Police and Crime Commissioner has funded four new PCSOs for the Forest of Dean.",
                "Vote for your favourite police puppy name in our poll!",
                "Election count tonight at the leisure centre. Expect road closures nearby.",
                "We're aware of a planned demonstration on Saturday. Our role is to remain impartial and keep people safe.",
                "Modern slavery and forced labour happen here: know the signs.",
                "The Home Secretary visited our control room and met call handlers.",
                "Officers will be at polling stations across the county on Thursday.",
                "The Home Office has published new guidance on e-scooters.",
                "Conservative estimates put the crowd at 20,000; please plan your journey.",
                "Great to see so many of you at the Safer Streets event, funded by the Home Office.",
                "The government's new law on knife crime comes into force today: here is what it means.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }
}
