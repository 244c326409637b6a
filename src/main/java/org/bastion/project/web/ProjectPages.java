package org.bastion.project.web;

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
import org.bastion.project.ProjectFilter;
import org.bastion.project.ProjectView;
import org.bastion.project.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the project pages show besides the projects: names of owners and villages, the form's choices, the export. */
@Component
class ProjectPages {

	private final Projects projects;
	private final Organizations organizations;
	private final OrganizationChoices choices;
	private final Divisions divisions;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	ProjectPages(Projects projects, Organizations organizations, OrganizationChoices choices, Divisions divisions, MessageSource messages,
			ApplicationEventPublisher events) {
		this.projects = projects;
		this.organizations = organizations;
		this.choices = choices;
		this.divisions = divisions;
		this.messages = messages;
		this.events = events;
	}

	/** {@code owners} and {@code villages} by id and code, for the projects shown. */
	void names(List<ProjectView> shown, Model model) {
		model.addAttribute("owners", organizations.findAll(shown.stream().map(ProjectView::ownerOrganizationId).distinct().toList()));
		List<String> codes = shown.stream().map(ProjectView::villageCode).filter(Objects::nonNull).distinct().toList();
		model.addAttribute("villages", codes.isEmpty() ? Map.of() : divisions.findAll(codes));
	}

	/** The organizations in the caller's scope ({@code organizationChoices}) and their villages ({@code villageChoices}). */
	void choices(Model model) {
		List<OrganizationView> all = choices.organizations();
		model.addAttribute("organizationChoices", all);
		model.addAttribute("villageChoices", choices.villagesOf(all));
	}

	void export(ProjectFilter filter, OutputStream out) throws IOException {
		try (XlsxExportWriter writer = XlsxExportWriter.open(out, "项目", columns())) {
			projects.forEachMatching(filter, chunk -> {
				Map<Long, OrganizationView> owners = organizations.findAll(chunk.stream().map(ProjectView::ownerOrganizationId).distinct().toList());
				List<String> codes = chunk.stream().map(ProjectView::villageCode).filter(Objects::nonNull).distinct().toList();
				Map<String, Division> villages = codes.isEmpty() ? Map.of() : divisions.findAll(codes);
				for (ProjectView p : chunk) {
					OrganizationView owner = owners.get(p.ownerOrganizationId());
					Division village = p.villageCode() == null ? null : villages.get(p.villageCode());
					writer.row(java.util.Arrays.asList(p.id(), label("project.kind." + p.kind()), p.name(),
							village == null ? "" : village.name(), owner == null ? "" : owner.name(), p.startsOn(), p.endsOn(),
							label("project.status." + p.status()), p.investmentYuan(), p.yearlyIncomeGainYuan()));
				}
			});
			events.publishEvent(AuditEvent.exported(Projects.RECORD_TYPE, filter + ": " + writer.dataRows() + " rows"));
		}
	}

	private List<XlsxColumn> columns() {
		return List.of(XlsxColumn.number(label("project.id")), XlsxColumn.text(label("project.kind")),
				XlsxColumn.text(label("project.name")).width(30), XlsxColumn.text(label("project.villageCode")),
				XlsxColumn.text(label("project.ownerOrganizationId")).width(30), XlsxColumn.date(label("project.startsOn")),
				XlsxColumn.date(label("project.endsOn")), XlsxColumn.text(label("project.status")),
				XlsxColumn.number(label("project.investmentYuan")), XlsxColumn.number(label("project.yearlyIncomeGainYuan")));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
