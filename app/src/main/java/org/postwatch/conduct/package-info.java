/**
 * Professional standards cases about staff social media use, their evidence and interim measures, and FOI statistics
 * that other modules see only as suppressed counts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "audit", "accounts"})
package org.postwatch.conduct;
