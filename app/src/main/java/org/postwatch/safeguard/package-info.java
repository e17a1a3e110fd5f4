/**
 * Checks every post before it goes out: each force's versioned safeguard policy, its active court cases, the check
 * pages and API, the private "Before you post" self-check, and the decision recorded for each real post.
 */
package org.postwatch.safeguard;
