/** Courses, completions and the accreditation rules that decide which courses must be current to post to an account. */
package org.postwatch.training;
