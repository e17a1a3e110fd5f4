package org.postwatch.safeguard.detect.operational;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.engine.CheckContext;

class OperationalSecurityDetectorTest {

    private static final OperationalSecurityDetector DETECTOR = new OperationalSecurityDetector();

    @ParameterizedTest(name = "flags [{1}] in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            We'll be raiding an address on Elm Road at 6am tomorrow.                               | operational.future-raid
            We're going through the door at a flat on Barton Street at 6am tomorrow.              | operational.future-raid
            Warrant to be executed at a flat in Tuffley first thing on Friday morning.             | operational.future-raid
            We're planning to search 12 Park Lane, Stroud on Thursday.                             | operational.future-raid
            Operation Nightjar will hit the Westfield estate next week.                            | operational.planned-operation
            Right now our only response car is sat outside the Co-op on High Street.               | operational.live-location
            Only one unit covering Stroud tonight, so please be patient.                           | operational.patrol-gap
            There are no patrols in Cinderford after 2am this week.                                | operational.patrol-gap
            Keep an eye out for our unmarked silver Audi on the M5.                                | operational.unmarked-vehicle
            Undercover officers are working in Gloucester city centre this weekend.                | operational.covert-tactics
            Our speed trap is always at the Cheltenham Road lay-by on Saturdays.                   | operational.routine-tactic
            Drink drive checks will be on the A40 from 11pm until 3am on Saturday.                 | operational.operation-timing
            The Home Secretary will arrive at Kingsholm at 14:30 and leave via Denmark Road.       | operational.protection-detail
            """)
    void flags(String text, String rule) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults()))
                .anySatisfy(f -> assertThat(f.rule()).isEqualTo(rule));
    }

    @ParameterizedTest(name = "does not flag \"{0}\"")
    @ValueSource(
            strings = {
                "Warrant executed this morning, 3 arrested and cannabis seized.",
                "We'll be putting leaflets through the door in Matson tomorrow about bike security.",
                "You'll see extra officers in the town centre this weekend - come and say hello.",
                "High-visibility patrols will continue in Stroud over the bank holiday.",
                "Our beat surgery is at the library every Tuesday, 10am-12pm.",
                "Officers are currently dealing with a collision on the A38. Please avoid the area.",
                "Results from last night's operation: 6 arrests and 2 vehicles seized.",
                "The Prime Minister visited our control room yesterday and met call handlers.",
                "Undercover officers arrested two men for selling drugs in the park last month.",
                "Thanks to everyone who reported drug dealing - your information led to a warrant last week.",
                "Want to join us? Our recruitment event is on Saturday at 10am at headquarters.",
            })
    void doesNotFlag(String text) {
        assertThat(DETECTOR.detect(text, CheckContext.defaults())).isEmpty();
    }
}
