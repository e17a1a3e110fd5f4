/** The evidential archive: every post version and decision kept with its hash, retention, legal hold, search, export. */
package org.postwatch.archive;
