package org.postwatch.accounts.domain;

import java.util.List;
import org.postwatch.accounts.Channel;
import org.postwatch.accounts.CredentialField;

/** What each channel's connector needs to post. */
public final class CredentialFields {

    private CredentialFields() {}

    public static List<CredentialField> of(Channel channel) {
        return switch (channel) {
            case X ->
                List.of(
                        token(
                                "accessToken",
                                "OAuth 2.0 access token",
                                "From the X developer portal, for the account's user"),
                        optionalToken("refreshToken", "Refresh token", "Lets the connector renew the access token"));
            case FACEBOOK ->
                List.of(
                        plain("pageId", "Page ID", "The numeric ID of the Facebook Page"),
                        token("pageAccessToken", "Page access token", "A long-lived Page access token"));
            case INSTAGRAM ->
                List.of(
                        plain("businessAccountId", "Instagram business account ID", "From Meta Business Suite"),
                        token("accessToken", "Access token", "A long-lived token with instagram_content_publish"));
            case YOUTUBE ->
                List.of(
                        plain("channelId", "Channel ID", "Starts with UC"),
                        token(
                                "refreshToken",
                                "OAuth refresh token",
                                "For the Google account that manages the channel"));
            case TIKTOK ->
                List.of(
                        token("accessToken", "Access token", "From TikTok for Developers, Content Posting API"),
                        optionalToken("refreshToken", "Refresh token", "Lets the connector renew the access token"));
            case THREADS ->
                List.of(
                        plain("userId", "Threads user ID", "The numeric ID of the Threads profile"),
                        token("accessToken", "Access token", "A long-lived Threads access token"));
            case BLUESKY ->
                List.of(
                        plain("identifier", "Handle or DID", "For example glospolice.bsky.social"),
                        token("appPassword", "App password", "Create one under Settings, App passwords"));
            case MASTODON ->
                List.of(
                        plain("instanceUrl", "Instance URL", "For example https://mastodon.police.uk"),
                        token("accessToken", "Access token", "From Preferences, Development, with write:statuses"));
            case NEXTDOOR -> List.of(token("accessToken", "Agency access token", "From Nextdoor for public agencies"));
            case SANDBOX ->
                List.of(token(
                        "sandboxToken", "Sandbox token", "Any value: the Sandbox channel checks only that it is set"));
        };
    }

    private static CredentialField token(String name, String label, String hint) {
        return new CredentialField(name, label, hint, true, true);
    }

    private static CredentialField optionalToken(String name, String label, String hint) {
        return new CredentialField(name, label, hint, true, false);
    }

    private static CredentialField plain(String name, String label, String hint) {
        return new CredentialField(name, label, hint, false, true);
    }
}
