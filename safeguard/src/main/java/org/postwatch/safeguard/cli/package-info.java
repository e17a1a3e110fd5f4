/** The command-line tool: bulk checks of JSONL and evaluation of a policy against labelled examples. */
package org.postwatch.safeguard.cli;
