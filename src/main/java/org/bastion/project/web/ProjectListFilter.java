package org.bastion.project.web;

import org.bastion.project.ProjectFilter;
import org.bastion.project.ProjectKind;
import org.bastion.project.ProjectStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The list's filters as the page's query parameters, bound by name, and back into links. */
public class ProjectListFilter {

	private String q;
	private ProjectKind kind;
	private ProjectStatus status;
	private String villageCode;

	ProjectFilter filter() {
		return new ProjectFilter(q, kind, status, villageCode, null, null);
	}

	String url(String path, Integer page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q.strip());
		}
		if (kind != null) {
			url.queryParam("kind", kind.name());
		}
		if (status != null) {
			url.queryParam("status", status.name());
		}
		if (villageCode != null && !villageCode.isBlank()) {
			url.queryParam("villageCode", villageCode.strip());
		}
		if (page != null) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public ProjectKind getKind() {
		return kind;
	}

	public void setKind(ProjectKind kind) {
		this.kind = kind;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}
}
