/** Shared foundations: security, tenancy (the current force), database, web layout, errors and observability. */
package org.postwatch.platform;
