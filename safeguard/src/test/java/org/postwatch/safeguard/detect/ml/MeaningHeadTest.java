package org.postwatch.safeguard.detect.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.detect.commercial.CommercialDetector;
import org.postwatch.safeguard.detect.offensive.ml.ImplicitAbuseClassifier;
import org.postwatch.safeguard.detect.operational.OperationalSecurityDetector;
import org.postwatch.safeguard.detect.political.PoliticalDetector;
import org.postwatch.safeguard.detectors.Detectors;
import org.postwatch.safeguard.engine.AccountKind;
import org.postwatch.safeguard.engine.AnalysedText;
import org.postwatch.safeguard.engine.Category;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Detector;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.SafeguardReport;
import org.postwatch.safeguard.engine.Severity;

/**
 * The meaning heads around the model, with a stand-in embedder: the first value of the "embedding" is the score
 * (sigmoid(20 s - 10), flagged from 0.6, that is s of about 0.52 and up).
 */
class MeaningHeadTest {

    private static final LogisticHead HEAD = new LogisticHead(new float[] {20f, 0f}, -10f, 0.6, 1.0, List.of());

    /** A post no rule of any category flags. */
    private static final String PLAIN = "Everyone knows how this one is going to end, and so do we.";

    private static MeaningHead head(MeaningHead.Kind kind, float first) {
        return new MeaningHead(
                kind, new SentenceEmbedding(text -> new float[] {first, 1f}), HEAD, Detectors.defaults());
    }

    @ParameterizedTest(name = "{0}: embedding {1} gives {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTEMPT             | 0.40 | NONE
            CONTEMPT             | 0.55 | contempt.model
            CONTEMPT             | 0.95 | contempt.model
            OPERATIONAL_SECURITY | 0.40 | NONE
            OPERATIONAL_SECURITY | 0.60 | operational.model
            POLITICAL            | 0.50 | NONE
            POLITICAL            | 0.70 | political.model
            COMMERCIAL           | 0.30 | NONE
            COMMERCIAL           | 0.80 | commercial.model
            """)
    void aScoreOverTheThresholdGivesOneMediumFindingOfTheHeadsCategory(
            MeaningHead.Kind kind, float first, String expected) {
        List<Finding> findings = head(kind, first).detect(PLAIN, CheckContext.defaults());
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(expected);
            assertThat(f.category()).isEqualTo(kind.category());
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.reason()).isEqualTo(kind.reason()).contains("even though it uses none of the usual words");
            assertThat(f.suggestion()).isNotBlank();
            assertThat(f.span().start()).isZero();
            assertThat(f.span().end()).isEqualTo(PLAIN.length());
        });
    }

    @Test
    void theFindingCoversThePostWithoutSurroundingSpace() {
        String text = "\n  " + PLAIN + "  \n";
        Finding f = head(MeaningHead.Kind.POLITICAL, 0.9f)
                .detect(text, CheckContext.defaults())
                .get(0);
        assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(PLAIN);
    }

    @ParameterizedTest(name = "{0} stays quiet: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CONTEMPT             | The man charged with the murder is clearly guilty and should never be released.
            OPERATIONAL_SECURITY | We will be running a drugs raid on the Eastfield estate at 6am tomorrow.
            POLITICAL            | Vote Labour on Thursday to keep our streets safe.
            COMMERCIAL           | Use discount code POLICE10 for 10% off at Smith's Locks this week.
            """)
    void staysQuietWhenItsCategorysRulesAlreadyFlagThePost(MeaningHead.Kind kind, String text) {
        MeaningHead head = head(kind, 0.99f);
        assertThat(Detectors.defaultEngine()
                        .check(text, CheckContext.defaults())
                        .decisions())
                .anySatisfy(d -> assertThat(d.finding().category()).isEqualTo(kind.category()));
        assertThat(head.detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "the commercial head does not read a warning: {0}")
    @ValueSource(
            strings = {
                "Beware of people at the door offering to jet-wash your drive for a tenner, then doubling the price.",
                "Those 70% off trainers on social media are counterfeit. Don't hand over your card details.",
                "Cheap holiday cottages advertised on a page that's three days old? Too good to be true.",
                "We don’t click links in texts and neither should you: the parcel firm one is going round again.",
            })
    void theCommercialHeadDoesNotReadAScamOrFakeGoodsWarning(String text) {
        assertThat(Detectors.defaultEngine()
                        .check(text, CheckContext.defaults())
                        .decisions())
                .noneSatisfy(d -> assertThat(d.finding().category()).isEqualTo(Category.COMMERCIAL));
        assertThat(head(MeaningHead.Kind.COMMERCIAL, 0.99f).detect(text, CheckContext.defaults()))
                .isEmpty();
        assertThat(head(MeaningHead.Kind.POLITICAL, 0.99f).detect(text, CheckContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("political.model"));
    }

    /** Round 13: a fundraising total stands the commercial head down; brand praise at a bake sale does not. */
    @ParameterizedTest(name = "the commercial head does not read a fundraising total: {0}")
    @ValueSource(
            strings = {
                "Great British Bake Off, police edition: our Mansfield station bake sale raised £520 for Children in Need.",
                "Cake! Our roads policing team in Newark held a bake sale today for the air ambulance. Total raised: £247.",
                "The custody team's sponsored walk raised more than £800 for the hospice.",
            })
    void theCommercialHeadDoesNotReadAFundraisingTotal(String text) {
        assertThat(new CommercialDetector().vetoesModel(AnalysedText.of(text))).isTrue();
        assertThat(head(MeaningHead.Kind.COMMERCIAL, 0.99f).detect(text, CheckContext.defaults()))
                .isEmpty();
    }

    /** Round 14 (fix14c): a business thanked for sponsoring or donating to an event, with no call to buy. */
    @ParameterizedTest(name = "the commercial head does not read thanks for sponsoring: {0}")
    @ValueSource(
            strings = {
                "Thank you to Tesco Extra in Antrim for sponsoring the water station at our charity fun run.",
                "Huge thanks to Morrisons Bangor for donating the bacon rolls at Saturday's community litter pick.",
                "Thanks to Costa Coffee Lisburn, who kindly donated hot drinks for the community carol service.",
            })
    void theCommercialHeadDoesNotReadThanksForSponsoring(String text) {
        assertThat(new CommercialDetector().vetoesModel(AnalysedText.of(text))).isTrue();
        assertThat(head(MeaningHead.Kind.COMMERCIAL, 0.99f).detect(text, CheckContext.defaults()))
                .isEmpty();
    }

    /** Round 14 (fix14c): the same thanks with a code or a call to buy is still read. */
    @ParameterizedTest(name = "the commercial head still reads thanks with a call to buy: {0}")
    @ValueSource(
            strings = {
                "Thanks to Tesco Extra for sponsoring our fun run. Use code RUN10 for 10% off in store this week.",
                "Thank you to Halfords for sponsoring our bike marking day. Grab a lock while they're on offer.",
            })
    void theCommercialHeadStillReadsThanksWithACallToBuy(String text) {
        assertThat(new CommercialDetector().vetoesModel(AnalysedText.of(text))).isFalse();
    }

    @ParameterizedTest(name = "the commercial head still reads: {0}")
    @ValueSource(
            strings = {
                "The night shift has been living on pasties from the little bakery by the bus station this week.",
                "A free-range egg stall is in the market square today.",
                "Baking for the coffee morning at the station and this recipe only works with Hartwell's flour.",
            })
    void theCommercialHeadStillReadsPostsWithoutAWarning(String text) {
        assertThat(new CommercialDetector().vetoesModel(AnalysedText.of(text))).isFalse();
        assertThat(head(MeaningHead.Kind.COMMERCIAL, 0.99f).detect(text, CheckContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("commercial.model"));
    }

    /**
     * Round 10: the election timetable as fact, or the force saying it will not comment on politics, is not read by
     * the political head (it held "Parliament has been dissolved. Until polling day ..." in a tuning batch).
     */
    @ParameterizedTest(name = "the political head does not read an election notice: {0}")
    @ValueSource(
            strings = {
                "Parliament was dissolved at midnight. Until the poll our posts will be appeals and road news only.",
                "Our accounts follow the pre-election guidance from today: no comment on candidates or parties.",
                "We do not comment on political candidates, but you can report an election offence online.",
            })
    void thePoliticalHeadDoesNotReadAnElectionNotice(String text) {
        assertThat(new PoliticalDetector().vetoesModel(AnalysedText.of(text))).isTrue();
        assertThat(head(MeaningHead.Kind.POLITICAL, 0.99f).detect(text, CheckContext.defaults()))
                .isEmpty();
    }

    /** Round 10 neighbours: a breach that names the pre-election period, or an impartial aside, is still read. */
    @ParameterizedTest(name = "the political head still reads: {0}")
    @ValueSource(
            strings = {
                "During the pre-election period we are proud to stand beside our Commissioner's campaign for fair funding.",
                "We stay impartial of course, but the current Commissioner has done more for this town than anyone.",
            })
    void thePoliticalHeadStillReadsABreachNamingThePreElectionPeriod(String text) {
        assertThat(new PoliticalDetector().vetoesModel(AnalysedText.of(text))).isFalse();
    }

    @ParameterizedTest(name = "the operational head does not read a public notice: {0}")
    @ValueSource(
            strings = {
                "Match day at Pellham Rovers: kick-off is 7.45pm, so expect busy roads near the ground from 6.",
                "The high street is shut from 9 on Sunday for the carnival. Plan your journey and use the ring road.",
                "Our careers event is at Greyford HQ next Wednesday evening, come and meet the team.",
                "Bike marking outside the library in Dunmore this Saturday morning, bring your bike and proof of ID.",
                // round 14: an invitation to meet officers at a stand
                "We'll be there from 11am, Ellie. Come and find us at the stand by the main stage.",
                "We're at the Greyford show all week. Come and see us at the police stand by the sheep pens.",
                // round 23: roadworks, published so that people plan round them
                "Roadworks on the Greyford bypass will last until Friday, with temporary traffic lights at the bridge.",
                "Resurfacing on Mill Lane in Dunmore starts Monday; allow a few extra minutes.",
            })
    void theOperationalHeadDoesNotReadAPublicNotice(String text) {
        assertThat(new OperationalSecurityDetector().vetoesModel(AnalysedText.of(text)))
                .isTrue();
        assertThat(head(MeaningHead.Kind.OPERATIONAL_SECURITY, 0.99f).detect(text, CheckContext.defaults()))
                .isEmpty();
        assertThat(head(MeaningHead.Kind.POLITICAL, 0.99f).detect(text, CheckContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("political.model"));
    }

    @ParameterizedTest(name = "the operational head still reads: {0}")
    @ValueSource(
            strings = {
                "The lads from the late turn will be sitting behind the old garage in Pellham from 10 with the van.",
                "Nobody is covering the Dunmore villages between two and six on Sunday morning.",
            })
    void theOperationalHeadStillReadsPostsThatAreNoNotice(String text) {
        assertThat(new OperationalSecurityDetector().vetoesModel(AnalysedText.of(text)))
                .isFalse();
        assertThat(head(MeaningHead.Kind.POLITICAL, 0.99f).defers(AnalysedText.of(text), CheckContext.defaults()))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(MeaningHead.Kind.class)
    void anotherCategorysRulesDoNotSilenceTheHead(MeaningHead.Kind kind) {
        String commercial = "Use discount code POLICE10 for 10% off at Smith's Locks this week.";
        if (kind == MeaningHead.Kind.COMMERCIAL) {
            return;
        }
        assertThat(head(kind, 0.99f).detect(commercial, CheckContext.defaults()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(kind.rule()));
    }

    @Test
    void blankOrTinyPostsAreNotScored() {
        AtomicInteger calls = new AtomicInteger();
        MeaningHead head = new MeaningHead(
                MeaningHead.Kind.CONTEMPT,
                new SentenceEmbedding(text -> {
                    calls.incrementAndGet();
                    return new float[] {1f, 1f};
                }),
                HEAD,
                Detectors.defaults());
        assertThat(head.detect("  ok ", CheckContext.defaults())).isEmpty();
        assertThat(head.detect("", CheckContext.defaults())).isEmpty();
        // No-break spaces and zero-width characters, as pasted text carries them: nothing for the model to read (the
        // real model failed on these, and the engine held the post as "could not run").
        assertThat(head.detect("\u00a0 \u00a0", CheckContext.defaults())).isEmpty();
        assertThat(head.detect("\u200b\u2060\ufeff \u202f", CheckContext.defaults()))
                .isEmpty();
        assertThat(head.detect("\u00a0\u00a0ok\u200b\u200b", CheckContext.defaults()))
                .isEmpty();
        assertThat(calls).hasValue(0);
    }

    /** Scores from just over the threshold to certain, on every account kind: REVIEW (or less), never BLOCK. */
    @ParameterizedTest
    @EnumSource(MeaningHead.Kind.class)
    void theDefaultPolicyHoldsEveryHeadsFindingForReviewAndNeverBlocks(MeaningHead.Kind kind) {
        for (float first : new float[] {0.53f, 0.7f, 0.9f, 1.5f}) {
            SafeguardEngine engine = new SafeguardEngine(List.of(head(kind, first)), Policy.defaultPolicy());
            SafeguardReport report = engine.check(PLAIN, CheckContext.defaults());
            assertThat(report.decisions()).singleElement().satisfies(d -> {
                assertThat(d.finding().rule()).isEqualTo(kind.rule());
                assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
            });
            assertThat(report.outcome()).isEqualTo(Outcome.REVIEW);
            for (AccountKind account : AccountKind.values()) {
                CheckContext context =
                        new CheckContext(CheckContext.defaults().channel(), account, List.of(), List.of(), null);
                assertThat(engine.check(PLAIN, context).outcome()).isNotEqualTo(Outcome.BLOCK);
            }
        }
    }

    @Test
    void withEveryHeadOnTheModelRunsOncePerCheck() {
        AtomicInteger calls = new AtomicInteger();
        SentenceEmbedding embedding = new SentenceEmbedding(counting(calls, 0.99f));
        List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        detectors.add(new ImplicitAbuseClassifier(embedding, HEAD));
        for (MeaningHead.Kind kind : MeaningHead.Kind.values()) {
            detectors.add(new MeaningHead(kind, embedding, HEAD, Detectors.defaults()));
        }
        SafeguardEngine engine = new SafeguardEngine(detectors, Policy.defaultPolicy());

        SafeguardReport report = engine.check(PLAIN, CheckContext.defaults());
        assertThat(calls).hasValue(1);
        assertThat(report.decisions())
                .extracting(d -> d.finding().rule())
                .contains(
                        "offensive.implicit-abuse",
                        "contempt.model",
                        "operational.model",
                        "political.model",
                        "commercial.model");

        engine.check("A second post, so a second check and a second model run.", CheckContext.defaults());
        assertThat(calls).hasValue(2);
    }

    @Test
    void theShippedSetSharesOneEmbeddingToo() {
        AtomicInteger calls = new AtomicInteger();
        SentenceEmbedding embedding = new SentenceEmbedding(text -> {
            calls.incrementAndGet();
            return new float[384];
        });
        List<Detector> models = OnDeviceModels.detectors(embedding, Detectors.defaults(), OnDeviceModels.SHIPPED);
        assertThat(models).hasSize(1 + OnDeviceModels.SHIPPED.size());
        assertThat(models).anySatisfy(d -> assertThat(d).isInstanceOf(MeaningHead.class));
        List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        detectors.addAll(models);
        SafeguardReport report =
                new SafeguardEngine(detectors, Policy.defaultPolicy()).check(PLAIN, CheckContext.defaults());
        assertThat(calls).hasValue(1);
        assertThat(report.decisions())
                .noneSatisfy(d -> assertThat(d.finding().rule()).isEqualTo("engine.detector-failed"));
    }

    @Test
    void whenTheClassifierDefersTheHeadsStillReadTheOneModel() {
        AtomicInteger calls = new AtomicInteger();
        SentenceEmbedding embedding = new SentenceEmbedding(counting(calls, 0.99f));
        List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        detectors.add(new ImplicitAbuseClassifier(embedding, HEAD));
        for (MeaningHead.Kind kind : OnDeviceModels.SHIPPED) {
            detectors.add(new MeaningHead(kind, embedding, HEAD, Detectors.defaults()));
        }
        SafeguardEngine engine = new SafeguardEngine(detectors, Policy.defaultPolicy());

        // The rules flag this post as offensive: the classifier defers, the heads read the post: one model run.
        SafeguardReport report = engine.check("What a load of shit this is, you twat.", CheckContext.defaults());
        assertThat(calls).hasValue(1);
        assertThat(report.decisions())
                .extracting(d -> d.finding().rule())
                .doesNotContain("offensive.implicit-abuse")
                .contains("contempt.model", "operational.model", "political.model");
    }

    // Round 18: a post whose only findings are swearing aimed at no one is read without the swear word, once, by the
    // implicit-abuse classifier and the heads alike (the first version ran the model twice for it).
    @Test
    void swearingAtNoOneIsReadOnceWithoutTheSwearWord() {
        AtomicInteger calls = new AtomicInteger();
        List<String> read = new ArrayList<>();
        SentenceEmbedding embedding = new SentenceEmbedding(text -> {
            calls.incrementAndGet();
            read.add(text);
            return new float[] {0.1f, 1f};
        });
        List<Detector> detectors = new ArrayList<>(Detectors.defaults());
        detectors.add(new ImplicitAbuseClassifier(embedding, HEAD));
        for (MeaningHead.Kind kind : OnDeviceModels.SHIPPED) {
            detectors.add(new MeaningHead(kind, embedding, HEAD, Detectors.defaults()));
        }
        SafeguardEngine engine = new SafeguardEngine(detectors, Policy.defaultPolicy());

        SafeguardReport report = engine.check("F*** me, what a long shift that was.", CheckContext.defaults());
        assertThat(calls).hasValue(1);
        assertThat(read).singleElement().isEqualTo("me, what a long shift that was.");
        assertThat(report.decisions()).extracting(d -> d.finding().rule()).contains("profanity.swearing");
    }

    @Test
    void everyHeadShipsSinceRound11() {
        // Round 11: the commercial head ships too (bge-small, the round-11 training text).
        assertThat(OnDeviceModels.SHIPPED).containsExactlyInAnyOrder(MeaningHead.Kind.values());
    }

    @Test
    void everyShippedHeadLoadsAndMatchesTheModelsWidth() {
        for (MeaningHead.Kind kind : OnDeviceModels.SHIPPED) {
            LogisticHead head = LogisticHead.load(kind.resource());
            assertThat(head.weights()).hasSize(384);
            assertThat(head.threshold()).isBetween(0.3, 1.0);
        }
    }

    /** A stand-in model that counts its runs; the 384-value embedding starts with {@code first}. */
    private static Function<String, float[]> counting(AtomicInteger calls, float first) {
        return text -> {
            calls.incrementAndGet();
            float[] x = new float[2];
            x[0] = first;
            x[1] = 1f;
            return x;
        };
    }
}
