package org.postwatch.safeguard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EngineTermsTest {

    static List<Class<?>[]> pairs() {
        return List.of(
                new Class<?>[] {org.postwatch.safeguard.Channel.class, org.postwatch.safeguard.engine.Channel.class},
                new Class<?>[] {
                    org.postwatch.safeguard.AccountKind.class, org.postwatch.safeguard.engine.AccountKind.class
                },
                new Class<?>[] {org.postwatch.safeguard.Category.class, org.postwatch.safeguard.engine.Category.class},
                new Class<?>[] {org.postwatch.safeguard.Outcome.class, org.postwatch.safeguard.engine.Outcome.class},
                new Class<?>[] {org.postwatch.safeguard.Severity.class, org.postwatch.safeguard.engine.Severity.class},
                new Class<?>[] {
                    org.postwatch.safeguard.MediaRight.class, org.postwatch.safeguard.engine.MediaRight.class
                });
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void theModulesTermsAndTheEnginesHaveTheSameConstantsInTheSameOrder(Class<?> ours, Class<?> engines) {
        assertThat(names(ours)).containsExactlyElementsOf(names(engines));
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
    }
}
