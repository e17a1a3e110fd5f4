/** The shipped detectors, one class per kind of risk, and the registry that lists them. */
package org.postwatch.safeguard.detectors;
