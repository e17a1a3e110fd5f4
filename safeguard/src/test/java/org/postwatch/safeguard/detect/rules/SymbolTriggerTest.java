package org.postwatch.safeguard.detect.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * Rules anchored on a one-character symbol ("@", "#") skip a symbol the next character cannot follow (so a run of
 * 65,000 "@" costs no matcher), and find the next symbol in a run without a search. Runs of symbols before a handle
 * or tag, a symbol followed by a space, and mixed runs must find what they found before that shortcut (figures from
 * the build without it).
 */
class SymbolTriggerTest {

    private static final SafeguardEngine ENGINE = Detectors.defaultEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "@@UKLabour are out canvassing in Stroud today | political.party-partisan 1-29",
                "Thanks for the support #@Conservatives | political.party-mention 24-38",
                "Proud to support @@@LibDems in the election | political.party-partisan 0-27",
                "Get 20% off with code ##SAVE20 at our partner store | commercial.discount-code 4-11",
                "Great turnout at the count ##VoteLabour | ''",
                "@ UKLabour thanks for the visit | ''",
                "Officers at the Stroud show today #@#@# come and say hello | ''",
                // Patterns with a word boundary after their symbol ("#ad\\b", "@(?:Keir_Starmer|...)\\b") skip
                // symbols too: the boundary is tested on characters at or after the symbol.
                "Loving these trainers from the shop on the high street ##ad | commercial.paid-promotion 56-59",
                "Great day at the show @@Keir_Starmer thanks for visiting | political.politician-mention 24-28",
                "Big thanks to our partners #@#sponsored by the local garage | commercial.paid-promotion 29-39",
            })
    void symbolRunsFindWhatTheyFoundBefore(String text, String expected) {
        String found = ENGINE.check(text, CheckContext.defaults()).findings().stream()
                .map(f -> f.rule() + " " + f.span().start() + "-" + f.span().end())
                .collect(Collectors.joining(", "));
        assertThat(found).isEqualTo(expected);
    }
}
