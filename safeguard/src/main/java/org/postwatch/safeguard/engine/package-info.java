/** The safeguard engine: checks a post's text and context and says whether it may go out, and why. */
package org.postwatch.safeguard.engine;
