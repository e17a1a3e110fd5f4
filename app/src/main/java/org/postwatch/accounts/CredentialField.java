package org.postwatch.accounts;

/**
 * One value a channel's connector needs, such as an access token or a page id.
 *
 * @param name the key the connector reads it by
 * @param secret shown as a password field while typed
 */
public record CredentialField(String name, String label, String hint, boolean secret, boolean required) {}
