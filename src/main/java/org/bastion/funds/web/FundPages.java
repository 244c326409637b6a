package org.bastion.funds.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bastion.common.audit.AuditEvent;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.organization.OrganizationChoices;
import org.bastion.organization.OrganizationView;
import org.bastion.organization.Organizations;
import org.bastion.funds.FundEntryView;
import org.bastion.funds.FundFilter;
import org.bastion.funds.Funds;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the ledger pages show besides the entries: names of payers, payees and villages, the form's choices, the export. */
@Component
class FundPages {

	private final Funds funds;
	private final Organizations organizations;
	private final OrganizationChoices choices;
	private final Divisions divisions;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	FundPages(Funds funds, Organizations organizations, OrganizationChoices choices, Divisions divisions, MessageSource messages,
			ApplicationEventPublisher events) {
		this.funds = funds;
		this.organizations = organizations;
		this.choices = choices;
		this.divisions = divisions;
		this.messages = messages;
		this.events = events;
	}

	/** {@code parties} (payers and payees) and {@code villages} by id and code, for the entries shown. */
	void names(List<FundEntryView> shown, Model model) {
		model.addAttribute("parties", parties(shown));
		List<String> codes = shown.stream().map(FundEntryView::villageCode).filter(Objects::nonNull).distinct().toList();
		model.addAttribute("villages", codes.isEmpty() ? Map.of() : divisions.findAll(codes));
	}

	private Map<Long, OrganizationView> parties(List<FundEntryView> shown) {
		return organizations.findAll(java.util.stream.Stream.concat(shown.stream().map(FundEntryView::payerOrganizationId),
				shown.stream().map(FundEntryView::payeeOrganizationId)).filter(Objects::nonNull).distinct().toList());
	}

	/** The organizations in the caller's scope ({@code organizationChoices}) and their villages ({@code villageChoices}). */
	void choices(Model model) {
		List<OrganizationView> all = choices.organizations();
		model.addAttribute("organizationChoices", all);
		model.addAttribute("villageChoices", choices.villagesOf(all));
	}

	void export(FundFilter filter, OutputStream out) throws IOException {
		try (XlsxExportWriter writer = XlsxExportWriter.open(out, "资金台账", columns())) {
			funds.forEachMatching(filter, chunk -> {
				Map<Long, OrganizationView> parties = parties(chunk);
				List<String> codes = chunk.stream().map(FundEntryView::villageCode).filter(Objects::nonNull).distinct().toList();
				Map<String, Division> villages = codes.isEmpty() ? Map.of() : divisions.findAll(codes);
				for (FundEntryView e : chunk) {
					Division village = e.villageCode() == null ? null : villages.get(e.villageCode());
					writer.row(java.util.Arrays.asList(e.id(), e.paidOn(), label("funds.kind." + e.kind()), e.amountYuan(), e.purpose(),
							party(parties, e.payerOrganizationId(), e.payerName()), party(parties, e.payeeOrganizationId(), e.payeeName()),
							village == null ? "" : village.name(), e.recordType() == null ? "" : e.recordType() + " #" + e.recordId()));
				}
			});
			events.publishEvent(AuditEvent.exported(Funds.RECORD_TYPE, filter + ": " + writer.dataRows() + " rows"));
		}
	}

	private static String party(Map<Long, OrganizationView> parties, Long id, String name) {
		OrganizationView o = id == null ? null : parties.get(id);
		return o != null ? o.name() : name == null ? "" : name;
	}

	private List<XlsxColumn> columns() {
		return List.of(XlsxColumn.number(label("funds.id")), XlsxColumn.date(label("funds.paidOn")), XlsxColumn.text(label("funds.kind")),
				XlsxColumn.number(label("funds.amountYuan")), XlsxColumn.text(label("funds.purpose")).width(30),
				XlsxColumn.text(label("funds.payerOrganizationId")).width(30), XlsxColumn.text(label("funds.payeeOrganizationId")).width(30),
				XlsxColumn.text(label("funds.villageCode")), XlsxColumn.text(label("funds.record")));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
