package org.postwatch.platform;

import java.util.List;

/** Implemented by each module that puts something on people's home pages; it decides by the user's roles. */
public interface HomePanelContributor {

    List<HomePanel> homePanels(PostwatchUser user);
}
