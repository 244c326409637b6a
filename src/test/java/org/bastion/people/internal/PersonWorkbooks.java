package org.bastion.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.bastion.common.excel.XlsxExportWriter;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.people.PersonData;

/** Filled-in templates for import tests: headers, the notes row, then the given rows. */
public final class PersonWorkbooks {

	private PersonWorkbooks() {
	}

	public static byte[] persons(PersonSheet sheet, List<PersonData> persons) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		for (PersonData p : persons) {
			rows.add(row(sheet, p));
		}
		return workbook(sheet.columns(), rows);
	}

	/** The cells a clerk would type for the person, labels in Chinese. */
	public static List<Object> row(PersonSheet sheet, PersonData p) {
		List<Object> cells = new ArrayList<>();
		cells.add(p.name());
		cells.add(label(sheet.genders, p.gender()));
		cells.add(p.ethnicity());
		cells.add(p.birthDate());
		cells.add(p.idNumber());
		cells.add(p.mobile());
		cells.add(label(sheet.educations, p.education()));
		cells.add(p.householdDivisionCode());
		cells.add(p.organizationId() == null ? null : p.organizationId().toString());
		cells.add(p.joinedPartyOn());
		cells.add(label(sheet.partyStatuses, p.partyStatus()));
		cells.add(label(sheet.cadreRanks, p.cadreRank()));
		cells.add(p.workplace());
		cells.add(label(sheet.departmentKinds, p.departmentKind()));
		cells.add(String.join("、", p.tags().stream().map(t -> label(sheet.tags, t)).toList()));
		return cells;
	}

	public static byte[] workbook(List<XlsxColumn> columns, List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XlsxExportWriter writer = XlsxExportWriter.openWithNotes(out, "导入", columns)) {
			rows.forEach(writer::row);
		}
		return out.toByteArray();
	}

	private static String label(java.util.Map<String, ?> labels, Object value) {
		return value == null ? null
				: labels.entrySet().stream().filter(e -> e.getValue() == value).map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
	}
}
