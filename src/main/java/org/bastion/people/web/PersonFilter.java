package org.bastion.people.web;

import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.PersonTag;
import org.bastion.people.internal.PersonQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's filters as they come in the URL, so that links and bookmarks keep them. */
record PersonFilter(String q, Long organizationId, String villageCode, CadreRank cadreRank, PersonTag tag,
		EducationLevel education, Boolean partyMember) {

	PersonQuery query() {
		return new PersonQuery(q, organizationId, villageCode, cadreRank, tag, education, partyMember);
	}

	/** The path with these filters (only those set) and, when given, a page number. */
	String url(String path, Integer page) {
		PersonQuery query = query();
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		add(url, "q", query.q());
		add(url, "organizationId", organizationId);
		add(url, "villageCode", query.villageCode());
		add(url, "cadreRank", cadreRank);
		add(url, "tag", tag);
		add(url, "education", education);
		add(url, "partyMember", partyMember);
		add(url, "page", page);
		return url.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, Object value) {
		if (value != null) {
			url.queryParam(name, value instanceof Enum<?> e ? e.name() : value.toString());
		}
	}
}
