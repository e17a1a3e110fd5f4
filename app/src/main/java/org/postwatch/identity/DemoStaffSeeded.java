package org.postwatch.identity;

import java.util.List;
import org.postwatch.platform.ForceId;

/**
 * Demo forces and their staff now exist. Published once, on the first start against an empty embedded database, so
 * each module can add its own demo data (accounts, training records, posts) for these forces.
 */
public record DemoStaffSeeded(List<ForceId> forces) {}
