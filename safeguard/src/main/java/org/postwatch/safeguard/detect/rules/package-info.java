/** Detector rules as data: concept word lists and rules that combine them, loaded from YAML resources. */
package org.postwatch.safeguard.detect.rules;
