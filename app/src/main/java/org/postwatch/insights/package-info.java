/**
 * Insights: the force's strategy objectives and the measures of strategy, dialogue, safety and people built from other
 * modules' events, as dashboards, exports and the inspectorate's side-by-side view.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "platform",
            "identity",
            "audit",
            "accounts",
            "training",
            "posts",
            "publishing",
            "safeguard",
            "review",
            "inbox",
            "conduct"
        })
package org.postwatch.insights;
