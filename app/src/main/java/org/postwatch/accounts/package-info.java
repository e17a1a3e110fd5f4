/** The force's social media accounts register, its lifecycle and contributors, and who may post where, and why. */
package org.postwatch.accounts;
