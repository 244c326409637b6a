package org.bastion.people.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.bastion.common.PageRequest;
import org.bastion.common.audit.AuditEvent;
import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.common.security.Authorities;
import org.bastion.common.excel.XlsxTemplate;
import org.bastion.geography.Division;
import org.bastion.geography.Divisions;
import org.bastion.people.HouseholdStatus;
import org.bastion.people.HouseholdView;
import org.bastion.people.PersonView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import templates and streaming exports. Exports carry ID numbers and phones masked, hold only the
 * records of the caller's data scope (they read through the same scoped queries as the lists), need
 * {@value Authorities#EXPORT} besides the read authority, and are audited with their filters and
 * row counts.
 */
@Service
@Transactional
public class PeopleExports {

	static final String EXPORT = "hasAuthority('" + Authorities.EXPORT + "')";
	private static final PageRequest ONE = new PageRequest(0, 1);

	private final PersonSheet personSheet;
	private final HouseholdSheet householdSheet;
	private final PersonManagement people;
	private final HouseholdManagement households;
	private final Divisions divisions;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	PeopleExports(PersonSheet personSheet, HouseholdSheet householdSheet, PersonManagement people,
			HouseholdManagement households, Divisions divisions, MessageSource messages, ApplicationEventPublisher events) {
		this.events = events;
		this.personSheet = personSheet;
		this.householdSheet = householdSheet;
		this.people = people;
		this.households = households;
		this.divisions = divisions;
		this.messages = messages;
	}

	public void personTemplate(OutputStream out) throws IOException {
		XlsxTemplate.write("人员", personSheet.columns(), out);
	}

	public void householdTemplate(OutputStream out) throws IOException {
		XlsxTemplate.write("贫困户", householdSheet.columns(), out);
	}

	/** How many persons an export of the query has: the list's total, in the caller's scope. */
	@PreAuthorize(EXPORT)
	public long countPersons(PersonQuery query) {
		return people.search(query, ONE).total();
	}

	@PreAuthorize(EXPORT)
	public long countHouseholds(String villageCode, HouseholdStatus status) {
		return households.search(villageCode, status, ONE).total();
	}

	@PreAuthorize(EXPORT)
	public int exportPersons(PersonQuery query, OutputStream out) throws IOException {
		return exportPersons(query, out, rows -> {
		});
	}

	/** The persons that match, in the caller's scope, telling {@code rowsWritten} the rows so far. */
	@PreAuthorize(EXPORT)
	public int exportPersons(PersonQuery query, OutputStream out, LongConsumer rowsWritten) throws IOException {
		try (XlsxExportWriter writer = XlsxExportWriter.open(out, "人员", personSheet.exportColumns()).reporting(rowsWritten)) {
			people.forEachMatching(query, chunk -> chunk.forEach(p -> writer.row(personSheet.write(p))));
			events.publishEvent(AuditEvent.exported(PersonManagement.ENTITY, query + ": " + writer.dataRows() + " rows"));
			return writer.dataRows();
		}
	}

	@PreAuthorize(EXPORT)
	public int exportHouseholds(String villageCode, HouseholdStatus status, OutputStream out, LongConsumer rowsWritten)
			throws IOException {
		try (XlsxExportWriter writer = XlsxExportWriter.open(out, "贫困户", householdSheet.exportColumns()).reporting(rowsWritten)) {
			households.forEachMatching(villageCode, status, chunk -> {
				Map<Long, PersonView> heads = people.findAll(chunk.stream().map(HouseholdView::headId).toList());
				Map<String, Division> villages = divisions.findAll(chunk.stream().map(HouseholdView::villageCode).toList());
				for (HouseholdView h : chunk) {
					PersonView head = heads.get(h.headId());
					Division village = villages.get(h.villageCode());
					writer.row(List.of(text(h.householdNumber()), h.villageCode(), village == null ? "" : village.name(),
							head == null ? "" : head.name(), head == null ? "" : head.maskedIdNumber(), h.size(),
							Labels.label(messages, "household.status.", h.status()),
							h.exitYear() == null ? "" : h.exitYear()));
				}
			});
			events.publishEvent(AuditEvent.exported(HouseholdManagement.ENTITY,
					"villageCode=" + villageCode + ", status=" + status + ": " + writer.dataRows() + " rows"));
			return writer.dataRows();
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
