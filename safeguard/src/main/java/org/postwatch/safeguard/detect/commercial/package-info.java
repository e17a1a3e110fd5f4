/** Detects endorsements, discount codes, paid promotion and brand giveaways. */
package org.postwatch.safeguard.detect.commercial;
