package org.postwatch.identity;

import java.util.Set;
import org.postwatch.platform.ForceId;
import org.postwatch.platform.Role;
import org.postwatch.platform.StaffId;

/** A person's roles were changed by a force administrator. */
public record RolesChanged(StaffId staff, ForceId force, Set<Role> roles) {}
