package org.postwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.SafeguardEngine;

/**
 * The engine against the speed target "any input up to 64 KB in 50 ms" on shapes of input built to find super-linear
 * work: each shape repeated to 65,536 characters (one long "sentence" of cue words, runs of one symbol, digits with
 * spaces, spaced and dotted letters, names, addresses ...). Random text and {@link SafeguardBenchmark}'s two 64 KB
 * inputs missed two shapes that took over a second before session 7. Prints each shape's CPU time per check (the
 * best of five, after eight warm-up checks of every shape) and the slowest; exits with status 1 when one is over the
 * budget. Run:
 *
 * <pre>java -cp bench/target/benchmarks.jar org.postwatch.bench.WorstCase [budget ms, default 50]</pre>
 */
public final class WorstCase {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int SIZE = 65_536;

    private WorstCase() {}

    /** The shapes, by name. */
    static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        String[][] units = {
            {"letter", "a"},
            {"letters-spaced", "a "},
            {"leet-run", "a!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"},
            {"hyphen-chain", "ab-"},
            {"digits", "1"},
            {"digits-spaced", "1 "},
            {"full-stops", "."},
            {"letter-stop", "a."},
            {"zero-width", "a\u200B"},
            {"homoglyphs", "\u0430\u0435\u043E "},
            {"links", "http://x.co/a "},
            {"at-signs", "@"},
            {"hashes", "#"},
            {"emoji", "\uD83D\uDE02"},
            {"names", "John Smith "},
            {"name-age-address", "John Smith, 34, of 12 Elm Road, "},
            {"spaced-swear", "f u c k "},
            {"dotted-swear", "f.u.c.k."},
            {"leet-swear", "sh1t "},
            {"spaced-letters", "s h i t "},
            {"newlines", "\n"},
            {"pounds", "£1 "},
            {"capitals", "ABCDEFGHIJ"},
            {"mixed", "Aa1!"},
            {"phone-numbers", "07700 900123 "},
            {"postcodes", "GL1 2AB "},
            {"dates", "01/02/2003 "},
            {"registrations", "AB12 CDE "},
            {"report-sentence", "the police arrested him "},
            {"guilt-sentence", "Smith was charged and is guilty "},
            {"group-sentence", "they are all "},
            {"raid-sentence", "raid tomorrow at 6am on Elm Road "},
            {"vote-sentence", "vote Labour "},
            {"code-sentence", "use code SAVE20 "},
            {"quotes", "\"a\" "},
            {"brackets", "("},
            {"dashes", "- "},
            {"slashes", "a/"},
            {"apostrophes", "'"},
            {"commas", "a,"},
            {"short-sentences", "He Is. "},
            // round 10: capitalised words a detector may read as names or places, found by helpers
            {"place-swears", "Slag Lane Cock Bridge "},
            {"capitalised-word", "Parliament "},
            {"town-word", "Kettering "},
            // Round 11: an invitation, a day and named places before addresses and postcodes, over and over (the
            // event-venue look-back runs at every address and postcode).
            {"event-venues", "Join us on Friday at Costa Coffee Bar, 14 Fore Street, Exeter EX4 3AN, "},
            {"event-capitals", "Join us Friday at The Grand Old Pier Hall, Marine Parade Road West Side, Bath BA1 5AW "
            },
            // A reviewer's shapes: hyphen chains the street words could split many ways (175 and 72 ms before they
            // were taken possessively).
            {"event-hyphens", "Join us Friday at Costa, A--a--a--a--a--a--a--a--a--a--a--a--a--a--a--a--a9 EX4 3AN "},
            {"event-dashes", "Join us Friday at Costa, " + "-a".repeat(30) + " EX4 3AN "},
            {"benchmark-adversarial", "f.u.c.k c u n t \u200Bkill all muslims raid tomorrow at 6am "},
            // Round 12: the new rules' triggers, over and over (commercial exclusive trust, sponsor calls, the
            // offensive sneer cues, armed posts and thin cover, denied charges).
            {"only-one", "the only one "},
            {"sponsor-calls", "Proudly sponsored by Barclays, open an account today, tell them we sent you. "},
            {"sneer-cues", "What did she expect, champ? Integration anyone? Women. Draw your own conclusions. "},
            {"armed-posts", "Armed officers on the roof of the Guildhall, gates 3 and 7, only five officers tonight, "},
            {"denied-charges", "Neither has not been charged, "},
            // Round 14: the contempt check's identifying-detail reading, now without a charge for sexual offences,
            // and the family references it reads ("her dad runs the ...").
            {"sexual-family", "A man was charged with sexual assault of a girl. Her dad runs the shop on Mill Lane. "},
            {"she-works", "Rape appeal: she works in the team at the Co-op and lives above the bakery on Elm Road. "},
            // Round 16: the new rules' triggers (a reviewer and a helper timed some of them near the budget): "best X
            // in Place", referrals, insiders, round-up lines, Welsh words before names, roles at named places.
            {"best-in-town", "Best coffee in Town "},
            {"sent-you", "tell them PC Dave sent you "},
            {"one-of-ours", "one of our lot "},
            {"roundup-lines", "Jamie Smith, 25, of Otley – 3 yrs for theft\n"},
            {"welsh-names", "Ysgol Dewi Sant "},
            {"role-at-place", "The caretaker at Westfield Academy in Rhyl was threatened. "},
            // Round 19 (blind19c): the new offensive rules' triggers in one endless sentence: claims put in others'
            // mouths and answered, wishes on the Channel boats, the camps' gas by its history, denial, animals put
            // down, phrasal verbs.
            {"hearsay-claims", "people keep saying Romanians are thieves, rubbish, "},
            {"boat-wishes", "sink it boat let the tide dinghy "},
            {"zyklon-history", "zyklon Auschwitz "},
            {"denial-claims", "the Holocaust numbers were exaggerated the great replacement is real "},
            {"animal-putdowns", "Seagulls nicked my chips, absolute thugs, "},
            {"slag-verbs", "they slag us off "},
            // Round 23 (blind23): a sentence wished for before a verdict, in one endless clause and in thousands of
            // clauses (a stage word per clause: ContemptStages found each one's clause by a linear scan, 55 ms before
            // session 23's binary search), and a vote for a full name.
            {"wished-sentence", "can't wait to see him sentenced charged "},
            {"result-clauses", "He was convicted. He is charged. "},
            {"vote-names", "vote for Helen Ashdown vote for "},
            // Round 24: gender words in scare quotes with a trans topic, an emoji sneer beside a word for someone,
            // UUID-like
            // hyphenated codes (the symbol-mask reader), a charge post's sentences, and a police dog's call sign beside
            // insults.
            {"scare-quoted", "Transgender 'woman' 'she' \u2018lady\u2019 bloke in a dress "},
            {"emoji-sneer", "Woman in Hull rang 999 \uD83D\uDE44 @caller "},
            {"hyphen-codes", "92fc-cc28 fc-af sh-tt-4471 "},
            {"charge-sentences", "A man has been charged with theft. He will appear at Hull Magistrates' Court. "},
            {"dog-insults", "PD Meg, you absolute muppet idiot PD Tank "},
            {
                "search-moves",
                "escaped prisoner, the dog unit is working east, perimeter on Abc Road, dog ten minutes out "
            },
        };
        for (String[] unit : units) {
            shapes.put(unit[0], repeatTo(unit[1]));
        }
        shapes.put("benchmark-prose", SafeguardBenchmark.input("prose64k"));
        shapes.put("trigger-mix", triggerMix());
        return shapes;
    }

    public static void main(String[] args) {
        double budget = args.length > 0 ? Double.parseDouble(args[0]) : 50;
        SafeguardEngine engine = Detectors.defaultEngine();
        CheckContext context = CheckContext.defaults();
        Map<String, String> shapes = shapes();
        for (int pass = 0; pass < 4; pass++) { // warm-up: let the JIT compile every path first (two passes are
            for (String text : shapes.values()) { // not enough: "sh1t " read 55 ms after two, 20-25 after ten)
                engine.check(new String(text), context);
                engine.check(new String(text), context);
            }
        }
        String slowest = null;
        double worst = 0;
        System.out.printf("%-24s %10s%n", "shape (64 KB)", "CPU ms");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                engine.check(new String(shape.getValue()), context);
                best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - start) / 1e6);
            }
            System.out.printf("%-24s %10.1f%s%n", shape.getKey(), best, best > budget ? "  OVER" : "");
            if (best > worst) {
                worst = best;
                slowest = shape.getKey();
            }
        }
        System.out.printf("slowest: %s, %.1f ms (budget %.0f ms)%n", slowest, worst, budget);
        if (worst > budget) {
            System.exit(1);
        }
    }

    /**
     * Round 12: 64 KB of words drawn at random (fixed seed) from the detectors' trigger words, so that the rules'
     * conditions meet in every order a sentence can hold them. A helper measured 59-97 ms for such a mix on a host
     * under heavy load; this shape keeps it measured on a quiet one.
     */
    static String triggerMix() {
        String[] words = {
            "charged",
            "guilty",
            "officers",
            "tonight",
            "only",
            "two",
            "raid",
            "tomorrow",
            "at",
            "6am",
            "Elm",
            "Road",
            "vote",
            "Labour",
            "code",
            "SAVE20",
            "sponsored",
            "by",
            "open",
            "account",
            "today",
            "women",
            "drivers",
            "guess",
            "the",
            "common",
            "factor",
            "what",
            "did",
            "she",
            "expect",
            "champ",
            "John",
            "Smith,",
            "34,",
            "of",
            "12",
            "GL1 2AB",
            "07700 900123",
            "fuck",
            "armed",
            "roof",
            "stationed",
            "every",
            "day",
            "not",
            "neither",
            "has",
            "been",
            "victim",
            "witness",
            "moved",
            "safe",
            "house",
            "in",
            "Leeds.",
            "trust",
            "we",
            "use",
            "best",
            "pint",
            "in",
            "Bath?",
            "link",
            "bio",
            "they",
            "are",
            "all",
            "scum",
            "Operation",
            "Fox",
            "court",
            "jury",
            "heard",
            "admitted",
            "everything",
            "search",
            "drone",
            "now",
            "ladies",
            "mosque",
            "."
        };
        java.util.Random random = new java.util.Random(12);
        StringBuilder text = new StringBuilder(65_536 + 32);
        while (text.length() < 65_536) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.substring(0, 65_536);
    }

    private static String repeatTo(String unit) {
        StringBuilder text = new StringBuilder(SIZE + unit.length());
        while (text.length() < SIZE) {
            text.append(unit);
        }
        return text.substring(0, SIZE);
    }
}
