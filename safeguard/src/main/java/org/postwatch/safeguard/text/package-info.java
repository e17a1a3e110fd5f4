/** Small text tools shared by the detectors: a phrase automaton and word-list loading. */
package org.postwatch.safeguard.text;
