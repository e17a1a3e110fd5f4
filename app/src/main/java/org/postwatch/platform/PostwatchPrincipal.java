package org.postwatch.platform;

/** Implemented by every authenticated principal Postwatch creates, so the current user can be found uniformly. */
public interface PostwatchPrincipal {

    PostwatchUser postwatchUser();
}
