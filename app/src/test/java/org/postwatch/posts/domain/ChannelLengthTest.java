package org.postwatch.posts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postwatch.accounts.Channel;

class ChannelLengthTest {

    @Test
    void xCountsALinkAsTwentyThreeAndAnEmojiAsTwo() {
        assertThat(ChannelLength.of(Channel.X, "https://www.gloucestershire.police.uk/some/very/long/path/indeed")
                        .used())
                .isEqualTo(23);
        assertThat(ChannelLength.of(Channel.X, "🐕").used()).isEqualTo(2);
    }

    @Test
    void xRefusesTwoHundredAndEightyOneCharacters() {
        assertThat(ChannelLength.of(Channel.X, "a".repeat(280)).tooLong()).isFalse();
        assertThat(ChannelLength.of(Channel.X, "a".repeat(281)).tooLong()).isTrue();
        assertThat(ChannelLength.of(Channel.X, "a".repeat(281)).problem()).contains("1 character too long for X");
    }

    @Test
    void blueskyCountsGraphemesSoAFamilyEmojiIsOne() {
        assertThat(ChannelLength.of(Channel.BLUESKY, "👨‍👩‍👧").used()).isEqualTo(1);
        assertThat(ChannelLength.of(Channel.BLUESKY, "a".repeat(301)).tooLong()).isTrue();
    }

    @Test
    void mastodonAndSandboxAllowFiveHundredAndFacebookSixtyThreeThousand() {
        assertThat(ChannelLength.of(Channel.MASTODON, "a".repeat(501)).tooLong())
                .isTrue();
        assertThat(ChannelLength.of(Channel.SANDBOX, "a".repeat(500)).tooLong()).isFalse();
        assertThat(ChannelLength.of(Channel.FACEBOOK, "a".repeat(63_206)).tooLong())
                .isFalse();
    }
}
