/** Publishing: puts approved posts on the force's social media accounts exactly once, through a connector per channel, with a critical-incident pause. */
package org.postwatch.publishing;
