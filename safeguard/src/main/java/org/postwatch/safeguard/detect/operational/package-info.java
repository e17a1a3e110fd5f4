/** Detects operational detail that must not be published before or while it happens. */
package org.postwatch.safeguard.detect.operational;
