package org.postwatch.safeguard.detectors;

import java.util.ArrayList;
import java.util.List;
import org.postwatch.safeguard.engine.Span;
import org.postwatch.safeguard.text.AhoCorasick;
import org.postwatch.safeguard.text.WordList;

/**
 * Where a case stands, clause by clause, in a post that reports a result. A clause with a verdict, plea or sentence
 * in it ("convicted today and will be sentenced next month") is CONCLUDED; one where someone is charged, denies it
 * or still faces trial ("his co-accused denies the charge") is LIVE, and so is one where the verdict is still to
 * come ("the jury is out"). A clause with none of these takes the stage of the clause before it (the first ones, of
 * the first clause that has one): "A dangerous man is off our streets. He was convicted of rape today." So one
 * post can report one defendant's conviction and still be read as live about a co-accused awaiting trial. A judge's
 * words ("the judge said") count as a result only when no clause says the trial is still running ("the trial
 * continues", "day three of the trial"): then they were said during it.
 */
final class ContemptStages {

    enum Stage {
        LIVE,
        CONCLUDED
    }

    private static final AhoCorasick<String> WORDS = load();

    private final int[] clauseEnds;
    private final Stage[] stages;
    private final boolean anyConcluded;
    private final boolean anyLive;

    private ContemptStages(int[] clauseEnds, Stage[] stages) {
        this.clauseEnds = clauseEnds;
        this.stages = stages;
        boolean concluded = false;
        boolean live = false;
        for (Stage stage : stages) {
            concluded |= stage == Stage.CONCLUDED;
            live |= stage == Stage.LIVE;
        }
        this.anyConcluded = concluded;
        this.anyLive = live;
    }

    /**
     * The stages of {@code text}'s clauses. Conclusion words inside {@code record} spans ("jailed before") are the
     * accused's past, not this case's result, and do not count.
     */
    static ContemptStages of(String text, List<Span> record) {
        return of(text, record, words(text));
    }

    /** The stage words of {@code text}, found once for {@link #resultOnlyAwaited} and {@link #of}. */
    static List<AhoCorasick.Match<String>> words(String text) {
        return WORDS.findAll(text);
    }

    /** As {@link #of(String, List)}, with the stage words already found in {@code text} ({@link #words}). */
    static ContemptStages of(String text, List<Span> record, List<AhoCorasick.Match<String>> matches) {
        List<Integer> ends = new ArrayList<>();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 >= length || Character.isWhitespace(text.charAt(i + 1)));
            if (end || c == ';') {
                ends.add(i + 1);
            } else if (c == ',' && text.startsWith(" but ", i + 1)) {
                ends.add(i + 1); // "he was jailed today, but his brother denies the charge"
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < length) {
            ends.add(length);
        }
        int[] clauseEnds = ends.stream().mapToInt(Integer::intValue).toArray();
        int n = clauseEnds.length;
        boolean[] concluded = new boolean[n];
        boolean[] live = new boolean[n];
        boolean[] pending = new boolean[n];
        boolean[] remarks = new boolean[n];
        boolean[] running = new boolean[n];
        for (AhoCorasick.Match<String> match : matches) {
            int clause = clauseOf(clauseEnds, match.start());
            switch (match.value()) {
                case "pending" -> pending[clause] = true;
                case "running" -> running[clause] = true;
                case "live" -> live[clause] = true;
                case "concluded", "remarks" -> {
                    if (!inside(record, match)
                            && !insidePending(matches, match)
                            && !yearSoonAfter(text, match.end(), clauseEnds[clause])) {
                        if (match.value().equals("remarks")) {
                            remarks[clause] = true;
                        } else {
                            concluded[clause] = true;
                        }
                    }
                }
                default -> {}
            }
        }
        // A judge's words are sentencing remarks unless a clause without a result says the trial is still running.
        boolean trialRunning = false;
        for (int k = 0; k < n; k++) {
            trialRunning |= pending[k] || (running[k] && !concluded[k]);
        }
        for (int k = 0; k < n && !trialRunning; k++) {
            concluded[k] |= remarks[k];
        }
        Stage[] stages = new Stage[n];
        for (int k = 0; k < n; k++) {
            stages[k] = pending[k]
                    ? Stage.LIVE
                    : concluded[k] ? Stage.CONCLUDED : live[k] || running[k] ? Stage.LIVE : null;
        }
        Stage first = null;
        for (Stage stage : stages) {
            if (stage != null) {
                first = stage;
                break;
            }
        }
        Stage previous = first;
        for (int k = 0; k < n; k++) {
            if (stages[k] == null) {
                stages[k] = previous;
            } else {
                previous = stages[k];
            }
        }
        return new ContemptStages(clauseEnds, stages);
    }

    /**
     * Round 23 (blind23): true when the post's words of a result all sit inside a verdict or sentence still to come
     * ("Can't wait to see this one sentenced. Charged yesterday ..."): no clause is concluded, though "sentenced" is
     * there, so the post is about a case still before the court.
     */
    static boolean resultOnlyAwaited(String text, List<AhoCorasick.Match<String>> matches) {
        boolean pending = false;
        for (AhoCorasick.Match<String> match : matches) {
            pending |= match.value().equals("pending");
        }
        return pending && !of(text, List.of(), matches).anyConcluded();
    }

    /** True when some clause reports a verdict, plea or sentence. */
    boolean anyConcluded() {
        return anyConcluded;
    }

    /** True when some clause is about a case still before the court. */
    boolean anyLive() {
        return anyLive;
    }

    /**
     * True when a comment at {@code at} is about a result and so fine: its clause is concluded. A mention of the
     * accused's {@code record} still counts while any clause is live ("jailed today; his brother, who denies it, has
     * previous convictions").
     */
    boolean aboutAResult(int at, boolean record) {
        return at(at) == Stage.CONCLUDED && !(record && anyLive);
    }

    /** The stage of the clause holding {@code at}, or null when no clause of the post has one. */
    private Stage at(int at) {
        return stages[clauseOf(clauseEnds, at)];
    }

    private static int clauseOf(int[] clauseEnds, int at) {
        // the first clause that ends after at (the ends ascend), or the last: a binary search, since a 64 KB post can
        // have thousands of clauses and of stage words
        int lo = 0;
        int hi = clauseEnds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at < clauseEnds[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How far a year may follow a conclusion word: "fined for assault in 2018". */
    private static final int YEAR_REACH = 60;

    /**
     * True when " in 2018" follows within {@value #YEAR_REACH} characters, before the clause ends: "was fined for
     * assault in 2018" is the accused's old result, not this case's.
     */
    private static boolean yearSoonAfter(String text, int from, int clauseEnd) {
        int limit = Math.min(clauseEnd, Math.min(text.length(), from + YEAR_REACH)) - 8;
        for (int k = from; k <= limit; k++) {
            if (text.charAt(k) == ' '
                    && text.startsWith("in ", k + 1)
                    && (text.startsWith("19", k + 4) || text.startsWith("20", k + 4))
                    && Character.isDigit(text.charAt(k + 6))
                    && Character.isDigit(text.charAt(k + 7))
                    && (k + 8 == text.length() || !Character.isLetterOrDigit(text.charAt(k + 8)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Span> spans, AhoCorasick.Match<String> match) {
        for (Span span : spans) {
            if (match.start() >= span.start() && match.end() <= span.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePending(List<AhoCorasick.Match<String>> matches, AhoCorasick.Match<String> match) {
        for (AhoCorasick.Match<String> other : matches) {
            if (other.value().equals("pending") && match.start() >= other.start() && match.end() <= other.end()) {
                return true;
            }
        }
        return false;
    }

    private static AhoCorasick<String> load() {
        AhoCorasick.Builder<String> builder = AhoCorasick.builder();
        for (String line : WordList.load("org/postwatch/safeguard/detectors/contempt-stages.txt")) {
            int bar = line.indexOf('|');
            String kind = line.substring(0, bar).strip();
            for (String phrase : ContemptDetector.expand(line.substring(bar + 1).strip())) {
                builder.add(phrase, kind);
            }
        }
        return builder.build();
    }
}
