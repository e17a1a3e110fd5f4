package org.postwatch.safeguard.detect.offensive.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwatch.safeguard.detect.ml.LogisticHead;
import org.postwatch.safeguard.engine.CheckContext;
import org.postwatch.safeguard.engine.Finding;
import org.postwatch.safeguard.engine.Outcome;
import org.postwatch.safeguard.engine.Policy;
import org.postwatch.safeguard.engine.SafeguardEngine;
import org.postwatch.safeguard.engine.Severity;

/** The detector around the model, with a stand-in embedder: the first value of the "embedding" is the score. */
class ImplicitAbuseClassifierTest {

    /** Weight 20 on the first value, bias -10: an embedding starting with s scores sigmoid(20 s - 10). */
    private static final LogisticHead HEAD = new LogisticHead(new float[] {20f, 0f}, -10f, 0.6, 0.9, List.of());

    private static ImplicitAbuseClassifier scoring(float first) {
        return new ImplicitAbuseClassifier(text -> new float[] {first, 1f}, HEAD);
    }

    @ParameterizedTest(name = "embedding {0} gives {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.40 | NONE
            0.55 | MEDIUM
            0.70 | HIGH
            """)
    void severityFollowsTheScore(float first, String expected) {
        List<Finding> findings = scoring(first).detect("They are all the same, that lot.", CheckContext.defaults());
        if (expected.equals("NONE")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(ImplicitAbuseClassifier.RULE);
                assertThat(f.severity()).isEqualTo(Severity.valueOf(expected));
                assertThat(f.reason())
                        .isEqualTo("This reads as abusive or demeaning towards a group, even without offensive words.");
            });
        }
    }

    @Test
    void findingCoversThePostWithoutSurroundingSpace() {
        String text = "  They are all the same, that lot.  ";
        Finding f = scoring(0.8f).detect(text, CheckContext.defaults()).get(0);
        assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo("They are all the same, that lot.");
    }

    @Test
    void staysQuietWhenTheWordRulesAlreadyFlagThePost() {
        assertThat(scoring(0.9f).detect("What a load of shit, you twat.", CheckContext.defaults()))
                .isEmpty();
    }

    // Round 18: swearing aimed at no one is PROFANITY, not OFFENSIVE: the model still reads the post, without the
    // swear word, so that the rest of it is judged on what it says about people.
    @Test
    void readsAPostWhoseOnlySwearingIsAimedAtNoOneWithoutTheSwearWord() {
        List<String> read = new java.util.ArrayList<>();
        ImplicitAbuseClassifier classifier = new ImplicitAbuseClassifier(
                text -> {
                    read.add(text);
                    return new float[] {0.9f, 1f};
                },
                HEAD);
        List<Finding> findings = classifier.detect("What a long f***ing day that was, lads.", CheckContext.defaults());
        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo(ImplicitAbuseClassifier.RULE));
        assertThat(read).singleElement().satisfies(t -> {
            assertThat(t).contains("What a long day");
            assertThat(t).doesNotContain("f***");
        });
    }

    // Round 10: safety advice to the public is not read by the model (the bge head held "Put the blade down and talk
    // to us"); the same words of abuse without the advice are still read.
    @ParameterizedTest(name = "does not read safety advice: \"{0}\"")
    @ValueSource(
            strings = {
                "Knife crime kills. Put the blade down and talk to us.",
                "GPS units are being stolen from tractors. Remove them overnight and keep them out of sight.",
                "A bunch of cocky pheasants on the road near Thirsk. Slow down!",
                "Fraudsters are cold calling as your bank. Your bank will never ask you to move money to a safe account.",
            })
    void doesNotReadSafetyAdvice(String text) {
        assertThat(scoring(1f).detect(text, CheckContext.defaults())).isEmpty();
        assertThat(scoring(1f).defersToRules(text)).isTrue();
    }

    // Round 13: the rules read the hard words and set them aside (denied by their verb, said of an animal or a thing,
    // reported as said to someone, a quoted claim in a post that condemns it), so the model, which held them, does
    // not read the post either; the same words used are still read (or flagged by the rules).
    @ParameterizedTest(name = "does not read words the rules set aside: \"{0}\"")
    @ValueSource(
            strings = {
                "These lads aren't animals. They're kids who need somewhere to go.",
                "Disabled people aren't useless; the buildings they can't get into are.",
                "Grey squirrels are a plague on the red squirrel colonies up here.",
                "Mice are filthy and they've been at the custody suite cables again.",
                "My neighbour called me a 'retard' in front of my kids. It was hurtful and I reported it.",
                "Anyone who says 'Muslims are all the same' is repeating propaganda.",
            })
    void doesNotReadWordsTheRulesSetAside(String text) {
        assertThat(scoring(1f).defersToRules(text)).isTrue();
        assertThat(scoring(1f).detect(text, CheckContext.defaults())).isEmpty();
    }

    // Round 16 (off16): the model stays quiet when the post gives it no group to read about and says plainly what else
    // it is, with no hard word anywhere in the post: a relatable-moment caption that opens the post, or a post about an
    // animal, naming no group, person noun or caller; the account's own voice thanking someone, appealing for
    // information or reporting a result; or a reply that names an act of abuse and reproaches it.
    @ParameterizedTest(name = "does not read a caption, a thank-you, an appeal or a result: \"{0}\"")
    @ValueSource(
            strings = {
                "When you find out he has a girlfriend",
                "that moment when the kettle takes longer than the whole briefing",
                "Diolch Huw! The purse you handed in is back with its owner.",
                "A barn was set alight near Skipton on Sunday night. Anyone with information, call 101 quoting log 0789.",
                "Charged: a 23-year-old man has been charged with arson after a car was set alight in Wrexham.",
                "Massive thanks to the gurdwara on Park Road for feeding the night shift.",
                "Lunch in the van on the seafront. Gulls eyeing my sandwich",
                "PD Ozzy is seven today. He'd like a sausage.",
                "mocking the way he talks says more about you than him",
                "can we not body shame the woman in the cctv still, she's the victim here",
                "Pride in the park on Saturday. If you are abused because of your sexuality, call us.",
                "Hate crime hurts. If you've been targeted because of your religion, contact us or report online.",
                // round 17 (blind17b): a people's name used for their language; a farm animal the post is about
                "Shout-out to the interpreters who help people understand their rights in Romanian, Arabic or Kurdish. Thank you.",
                "@lol_cops_lol Ha, fair. It was actually a lost sheep on the A470, safely back in the field now.",
            })
    void doesNotReadCaptionsThanksAppealsOrResults(String text) {
        assertThat(scoring(1f).defersToRules(text)).isTrue();
        assertThat(scoring(1f).detect(text, CheckContext.defaults())).isEmpty();
    }

    // The same frames with a group or a person in a caption are still read; sarcastic "thanks to" and "shout out to",
    // people likened to animals, a caller sneered at over an animal, an act of abuse with no reproach are read too.
    @ParameterizedTest(name = "still reads a caption or a thank-you with more in it: \"{0}\"")
    @ValueSource(
            strings = {
                "When you realise the Romanians have moved in next door",
                "Thanks to the armchair detectives of Facebook for solving the case from your sofas.",
                "Shout out to the lady who reported her own reflection as a suspicious man.",
                "me when the travellers turn up on the rec again",
                "Heroin users on the estate are like pigeons. Feed one and forty more turn up.",
                "Bless him. Rang us three times to say his neighbour's cat was staring at him.",
                "If you feed the strays they keep coming back. Applies to pigeons and people.",
                "making fun of the special needs kids never gets old",
                "Thank you for the update. Muslims just don't share our values and never will.",
                "Thank you for the update. Gay people shouldn't be around children.",
                // round 17: the people, not their language
                "Thank you officers. Crime in Polish communities round here is out of control.",
                "Thank you. Speaking Polish all day at the checkout is just rude.",
                "Thank you for the translated leaflets. Romanian families round here are all on the take.",
                "Typical lot, sheep-botherers the lot of them, can't even run a bus service 🐑",
            })
    void stillReadsCaptionsAndThanksWithMoreInThem(String text) {
        assertThat(scoring(1f).defersToRules(text)).isFalse();
    }

    @ParameterizedTest(name = "still reads: \"{0}\"")
    @ValueSource(
            strings = {
                "It's a plague round here now, honestly.",
                "They are all the same, that lot.",
            })
    void stillReadsTheSameWordsUsed(String text) {
        assertThat(scoring(1f).defersToRules(text)).isFalse();
    }

    // Round 20: abuse is aimed at someone. A post that names no one, addresses no one and points at no group gives the
    // model nothing to be abuse of; and a post that says plainly that people are of equal worth, or introduces the
    // force's own staff, is not read (unless the phrase is negated).
    @ParameterizedTest(name = "round 20 does not read: \"{0}\"")
    @ValueSource(
            strings = {
                "That new detective drama is the most ridiculous thing on telly.",
                "Absolutely hilarious, ten out of ten.",
                "Honestly, Wednesdays should be abolished.",
                "Decaf coffee is an abomination and should be banned.",
                "Everyone has the right to practise their faith in peace.",
                "Every parent has the right to know their child is safe at school.",
                "Stalkers can be women too, and victims can be men.",
                "Meet our new PCSO for the town centre, who signs in BSL.",
                "No one can change where they were born, so let's judge people on what they do.",
            })
    void doesNotReadAPostAboutNoOneOrOfEqualWorth(String text) {
        assertThat(scoring(1f).defersToRules(text)).isTrue();
        assertThat(scoring(1f).detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 20 still reads: \"{0}\"")
    @ValueSource(
            strings = {
                "Those teeth look like a condemned building.",
                "@gazza89 nobody asked, pal.",
                "Reply: Pest control would be quicker than us.",
                "Perfect job for Kayleigh, she can barely read.",
                "Every burglary spike starts when the new arrivals move in.",
                "Some people don't have the right to live here, whatever the law says.",
                "That lot don't have the right to call themselves British.",
                "That lot dont have the right to call themselves British.",
            })
    void stillReadsAPostThatNamesSomeone(String text) {
        assertThat(scoring(1f).defersToRules(text)).isFalse();
    }

    // Round 21: a force's warm or playful post about someone (the "Nobody: Absolutely nobody:" meme, praise said to
    // someone, a fundraiser or Movember), fair criticism of how a service or profession does its job or of how people
    // park, and advice to keep away from drugs are not read, unless something else in the post is hard.
    @ParameterizedTest(name = "round 21 does not read: \"{0}\"")
    @ValueSource(
            strings = {
                "Nobody: Absolutely nobody: Inspector Rhodes at the open day: can I drive the horsebox?",
                "Well played last night, you absolute legends. Four arrests and everyone home safe.",
                "Cracking job by the Cinderford team today, you bloody stars.",
                "Movember week three: the lads in the dog section look like extras from a western. Every penny goes to"
                        + " men's health.",
                "Our control room are fundraising for the air ambulance on Saturday, come and say hello to the lads.",
                "Traffic wardens on the high street are a joke, ticketing vans that are only unloading.",
                "The council have been useless at gritting the hill roads this winter.",
                "Not being funny, but if you park on the zigzags, the lollipop lady can't see the kids.",
                "Whoever keeps parking across the dropped kerb on Vine Street is being really selfish.",
                "Don't do drugs, kids. Talk to someone you trust instead.",
            })
    void doesNotReadWarmPostsFairCriticismOrDrugAdvice(String text) {
        assertThat(scoring(1f).defersToRules(text)).isTrue();
        assertThat(scoring(1f).detect(text, CheckContext.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "round 21 still reads: \"{0}\"")
    @ValueSource(
            strings = {
                "Nobody: Absolutely nobody: the Romanians at the car wash: another stolen phone anyone?",
                "Cracking job, you absolute heroes, letting them walk again 🙄",
                "Movember's here. The lads are growing taches, shame the female officers can't grow anything but"
                        + " complaints.",
                "Parking wardens are a disgrace. Wouldn't shed a tear if one ended up under a bus.",
                "One less for the council to worry about.",
                "Traffic wardens are a joke, and the one on Bridge Street smells like the bins he hides behind.",
                "Not being funny, but the ones who park on the pavement round here are all Albanians from the car wash.",
                "Don't do drugs, kids, or you'll end up like the Romanians at the car wash.",
                "Meet our new officer. Bet she can't park the van either.",
            })
    void stillReadsWarmOrCriticalPostsWithMoreInThem(String text) {
        assertThat(scoring(1f).defersToRules(text)).isFalse();
    }

    @Test
    void stillReadsThePostWithoutTheAdvice() {
        assertThat(scoring(1f).detect("Knife crime kills, lads. Put the blade down.", CheckContext.defaults()))
                .hasSize(1);
    }

    @Test
    void defaultPolicyHoldsBothSeveritiesForReviewNeverBlocks() {
        for (float first : new float[] {0.55f, 0.9f}) {
            SafeguardEngine engine = new SafeguardEngine(List.of(scoring(first)), Policy.defaultPolicy());
            assertThat(engine.check("They are all the same, that lot.", CheckContext.defaults())
                            .outcome())
                    .isEqualTo(Outcome.REVIEW);
        }
    }

    @Test
    void postsUpToTheLimitAreReadWhole() {
        String post = "x ".repeat(ImplicitAbuseClassifier.MAX_CHARACTERS / 2).strip();
        assertThat(scoring(0f).textForModel("  " + post + "\n")).isEqualTo(post);
    }

    @Test
    void aLongTextWithNoCuesIsJudgedOnItsOpeningCutAtAWord() {
        String text = "Thanks to everyone at the open day. ".repeat(40);
        String read = scoring(0f).textForModel(text);
        assertThat(read).hasSizeLessThanOrEqualTo(ImplicitAbuseClassifier.MAX_CHARACTERS);
        assertThat(text).startsWith(read);
        assertThat(read).endsWith("day.");
    }

    @Test
    void aLongTextIsJudgedWhereTheGroupAndCueWordsAre() {
        String filler = "Thanks to everyone who came along to the open day at the station on Sunday. ";
        String sneer = "Those immigrants are vermin and should all be sent back where they came from. ";
        String text = filler.repeat(6) + sneer + filler.repeat(6);
        String read = scoring(0f).textForModel(text);
        assertThat(read).hasSizeLessThanOrEqualTo(ImplicitAbuseClassifier.MAX_CHARACTERS);
        assertThat(read).contains("immigrants are vermin and should all be sent back");
        assertThat(text).contains(read);
    }

    @Test
    void aLongTextWhoseCuesAreAtTheEndIsReadAsAFullWindowEndingThere() {
        String filler = "Thanks to everyone who came along to the open day at the station on Sunday. ";
        String text = filler.repeat(10) + "Those immigrants are vermin.";
        String read = scoring(0f).textForModel(text);
        assertThat(read).endsWith("Those immigrants are vermin.");
        assertThat(read.length()).isGreaterThan(ImplicitAbuseClassifier.MAX_CHARACTERS - 20);
    }

    @Test
    void aSingleHugeWordIsCutAtTheLimit() {
        String read = scoring(0f).textForModel("x".repeat(5_000));
        assertThat(read).hasSize(ImplicitAbuseClassifier.MAX_CHARACTERS);
    }

    @Test
    void headRoundTripsThroughItsTextForm() {
        LogisticHead again = LogisticHead.parse(HEAD.format());
        assertThat(again.score(new float[] {0.7f, 1f})).isCloseTo(HEAD.score(new float[] {0.7f, 1f}), within());
        assertThat(again.threshold()).isEqualTo(0.6);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-5);
    }
}
