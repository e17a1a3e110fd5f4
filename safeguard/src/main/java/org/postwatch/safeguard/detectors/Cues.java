package org.postwatch.safeguard.detectors;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.WordList;

/**
 * Context words the name and contempt detectors read around a mention ("charged", "victim", "schoolgirl"), found
 * in one pass over the post with an automaton instead of a regex per word list per mention.
 */
final class Cues {

    enum Cue {
        CHILD,
        SEXUAL_OFFENCE,
        VICTIM,
        SUSPECT,
        PROCEEDINGS_ACTIVE,
        PROCEEDINGS_CONCLUDED,
        AGE,
        /** A diagnosis, a treatment or a detention under the Mental Health Act. */
        HEALTH,
        /** A missing-person appeal: "missing", "last seen", "have you seen". */
        MISSING_APPEAL
    }

    private static final AhoCorasick<Set<Cue>> AUTOMATON = load();

    private final List<AhoCorasick.Match<Set<Cue>>> matches;
    private final int[] sentenceEnds;
    private final int length;

    private Cues(List<AhoCorasick.Match<Set<Cue>>> matches, int[] sentenceEnds, int length) {
        this.matches = matches;
        this.sentenceEnds = sentenceEnds;
        this.length = length;
    }

    private static final AnalysedText.Key<Cues> KEY = AnalysedText.Key.named("context-cues");

    /** The cues of one check's text, found once and shared by the name and contempt detectors. */
    static Cues of(AnalysedText text) {
        return text.shared(KEY, Cues::of);
    }

    static Cues of(String text) {
        int[] ends = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + 1;
            }
        }
        List<AhoCorasick.Match<Set<Cue>>> found = AUTOMATON.findAll(text);
        List<AhoCorasick.Match<Set<Cue>>> kept = null;
        for (int k = 0; k < found.size(); k++) {
            AhoCorasick.Match<Set<Cue>> match = found.get(k);
            boolean negated = NEGATABLE.contains(match.phrase()) && negatedBefore(text, match.start());
            if (negated && kept == null) {
                kept = new java.util.ArrayList<>(found.subList(0, k));
            } else if (!negated && kept != null) {
                kept.add(match);
            }
        }
        return new Cues(kept == null ? found : kept, Arrays.copyOf(ends, count), text.length());
    }

    // A state that can be denied: "neither has been charged", "no one has been arrested", "he was not charged".
    private static final Set<String> NEGATABLE =
            Set.of("charged", "arrested", "remanded", "accused", "summonsed", "bailed", "detained");

    // The denial right before it, with at most three auxiliary words between: "not", "never", "neither", "nobody",
    // "no one", "none (of them)", "hasn't", "yet to be". Bounded, and run only at a negatable word.
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:not|never|neither|nobody|noone|none|no\\h{1,3}(?:one|-one)|no-one|yet\\h{1,3}to)"
                    + "|n['’]t)(?:\\h{1,3}(?:of\\h{1,3}them|yet|been|be|being|has|have|had|was|were|is|are|so\\h{1,3}far))"
                    + "{0,3}\\h{1,3}$");

    // Within the line and the sentence only (horizontal spaces): "Released: none\nCharged: 2" charges two people.
    private static boolean negatedBefore(String text, int at) {
        int from = Math.max(0, at - 40);
        for (int k = at - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                from = k + 1;
                break;
            }
        }
        return Windows.foundBefore(NEGATION, text, at, at - from);
    }

    boolean any(Cue cue) {
        for (AhoCorasick.Match<Set<Cue>> match : matches) {
            if (match.value().contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first word of a cue starts, or -1 when the post has none. */
    int firstStart(Cue cue) {
        int first = -1;
        for (AhoCorasick.Match<Set<Cue>> match : matches) {
            if (match.value().contains(cue) && (first < 0 || match.start() < first)) {
                first = match.start();
            }
        }
        return first;
    }

    /** A cue found through a word other than the ones given ("charged" or "jury" rather than "arrested"). */
    boolean anyOtherThan(Cue cue, Set<String> words) {
        for (AhoCorasick.Match<Set<Cue>> match : matches) {
            if (match.value().contains(cue) && !words.contains(match.phrase())) {
                return true;
            }
        }
        return false;
    }

    /** A cue anywhere in the sentence holding {@code [start, end)}. */
    boolean inSentence(Cue cue, int start, int end) {
        int from = sentenceStart(start);
        int to = sentenceEnd(end);
        // Matches are ordered by where they end: skip to the first that can lie inside the sentence.
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).end() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int k = low; k < matches.size() && matches.get(k).end() <= to; k++) {
            AhoCorasick.Match<Set<Cue>> match = matches.get(k);
            if (match.start() >= from && match.value().contains(cue)) {
                return true;
            }
        }
        return false;
    }

    int sentenceStart(int at) {
        int index = java.util.Arrays.binarySearch(sentenceEnds, at);
        int insertion = index >= 0 ? index + 1 : -index - 1;
        int start = insertion == 0 ? 0 : sentenceEnds[insertion - 1];
        return Math.max(start, at - 200);
    }

    int sentenceEnd(int at) {
        int index = java.util.Arrays.binarySearch(sentenceEnds, at);
        int insertion = index >= 0 ? index : -index - 1;
        int end = insertion < sentenceEnds.length ? sentenceEnds[insertion] : length;
        return Math.min(end, at + 200);
    }

    private static AhoCorasick<Set<Cue>> load() {
        Map<String, Set<Cue>> words = new LinkedHashMap<>();
        for (String line : WordList.load("org/postwatch/safeguard/detectors/cue-words.txt")) {
            int bar = line.indexOf('|');
            Cue cue = Cue.valueOf(line.substring(0, bar).strip());
            for (String word : line.substring(bar + 1).split(",")) {
                if (!word.isBlank()) {
                    words.computeIfAbsent(word.strip().toLowerCase(Locale.ROOT), w -> EnumSet.noneOf(Cue.class))
                            .add(cue);
                }
            }
        }
        AhoCorasick.Builder<Set<Cue>> builder = AhoCorasick.builder();
        words.forEach((word, cues) -> builder.add(word, Set.copyOf(cues)));
        return builder.build();
    }
}
