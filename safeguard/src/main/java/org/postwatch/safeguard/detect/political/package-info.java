/** Detects party-political and partisan content and election-period risks. */
package org.postwatch.safeguard.detect.political;
