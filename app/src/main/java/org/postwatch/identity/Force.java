package org.postwatch.identity;

import org.postwatch.platform.ForceId;

/** A police force: the tenant that owns staff, accounts, posts and records. */
public record Force(ForceId id, String code, String name, String emailDomain, String kind) {}
