/** Small text tools shared by the detectors: a phrase automaton, word-list loading, and what counts as blank. */
package org.postwatch.safeguard.text;
