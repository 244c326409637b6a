package org.bastion.funds.web;

import java.time.LocalDate;

import org.bastion.funds.FundFilter;
import org.bastion.funds.FundKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/** The ledger list's filters as the page's query parameters, bound by name, and back into links. */
public class FundListFilter {

	private String q;
	private FundKind kind;
	private String villageCode;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	FundFilter filter() {
		return new FundFilter(q, kind, villageCode, null, null, from, to);
	}

	String url(String path, Integer page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q.strip());
		}
		if (kind != null) {
			url.queryParam("kind", kind.name());
		}
		if (villageCode != null && !villageCode.isBlank()) {
			url.queryParam("villageCode", villageCode.strip());
		}
		if (from != null) {
			url.queryParam("from", from);
		}
		if (to != null) {
			url.queryParam("to", to);
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

	public FundKind getKind() {
		return kind;
	}

	public void setKind(FundKind kind) {
		this.kind = kind;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}
}
