/** Forces, their staff and roles, sign-in with passwords or the force's identity provider, and personal API tokens. */
package org.postwatch.identity;
