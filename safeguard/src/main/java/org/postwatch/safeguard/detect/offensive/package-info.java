/** Detects slurs, swearing, insults and abuse of groups or victims, including disguised spellings. */
package org.postwatch.safeguard.detect.offensive;
