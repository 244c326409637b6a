package org.bastion.project;

import java.time.LocalDate;

/**
 * Which projects a list shows; every part optional.
 *
 * @param q part of the name
 * @param villageCode a division code prefix (a township's code lists its villages' projects)
 * @param from with {@code to}: projects started in these days (both included)
 */
public record ProjectFilter(String q, ProjectKind kind, ProjectStatus status, String villageCode, LocalDate from, LocalDate to) {

	public static ProjectFilter all() {
		return new ProjectFilter(null, null, null, null, null, null);
	}
}
