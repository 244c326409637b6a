package org.bastion.project;

import java.util.List;

/** Projects were registered or changed (their figures need reading again). */
public record ProjectsChanged(List<Long> ids) {

	public ProjectsChanged {
		ids = List.copyOf(ids);
	}
}
