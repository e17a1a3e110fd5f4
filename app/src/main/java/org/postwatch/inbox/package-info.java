/**
 * The inbox and digital desk: incoming comments, mentions and messages, triaged, escalated, moderated and answered.
 */
package org.postwatch.inbox;
