/** Review: the communications team's queue of held posts, oldest first against the force's review time target, where each is approved, edited and approved, or rejected with a reason. */
package org.postwatch.review;
