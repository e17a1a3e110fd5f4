/** Posts: officers draft posts for the accounts they may use, the safeguard check decides whether each goes out, waits for review or must be changed, and publishing puts it out. */
package org.postwatch.posts;
