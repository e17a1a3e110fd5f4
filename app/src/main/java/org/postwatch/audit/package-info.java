/** The tamper-evident audit trail: who did what to which record, when, from where and why, in a hash chain. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.postwatch.audit;
