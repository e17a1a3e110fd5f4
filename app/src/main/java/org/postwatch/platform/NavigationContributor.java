package org.postwatch.platform;

import java.util.List;

/** Implemented by each module that adds pages to the main navigation. */
public interface NavigationContributor {

    List<NavigationItem> navigationItems();
}
