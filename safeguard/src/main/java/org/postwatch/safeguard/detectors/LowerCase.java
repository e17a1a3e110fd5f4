package org.postwatch.safeguard.detectors;

import java.util.Locale;
import org.postwatch.safeguard.engine.AnalysedText;

/** The post in lower case, made once per check for the detectors that look for context words in it. */
final class LowerCase {

    private static final AnalysedText.Key<String> KEY = AnalysedText.Key.named("lower-case");

    private LowerCase() {}

    static String of(AnalysedText text) {
        return text.shared(KEY, original -> original.toLowerCase(Locale.ROOT));
    }
}
