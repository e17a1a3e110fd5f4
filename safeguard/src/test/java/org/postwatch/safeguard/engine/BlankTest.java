package org.postwatch.safeguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlankTest {

    @ParameterizedTest(name = "blank: \"{0}\"")
    @ValueSource(
            strings = {
                "",
                "   ",
                "\n\t\r",
                "\u00a0",
                "\u00a0 \u00a0",
                "\u200b",
                "\u200b\u200c\u200d\u2060\ufeff",
                "\u2007\u202f\u3000",
                "\u00ad",
                "\u200e\u200f"
            })
    void showsNothing(String text) {
        assertThat(Blank.isBlank(text)).isTrue();
    }

    @ParameterizedTest(name = "not blank: \"{0}\"")
    @ValueSource(strings = {".", "a", "\u00a0a\u00a0", "\u200b?", "👍", "-"})
    void showsSomething(String text) {
        assertThat(Blank.isBlank(text)).isFalse();
    }
}
