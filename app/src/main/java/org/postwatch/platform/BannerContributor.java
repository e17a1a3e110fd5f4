package org.postwatch.platform;

import java.util.List;

/** Implemented by modules that show force-wide notices on every page. */
public interface BannerContributor {

    List<Banner> banners(PostwatchUser user);
}
