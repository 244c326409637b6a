package org.bastion.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.common.Gender;
import org.bastion.common.excel.RowValues;
import org.bastion.common.excel.XlsxColumn;
import org.bastion.organization.DepartmentKind;
import org.bastion.organization.OrganizationReference;
import org.bastion.organization.Organizations;
import org.bastion.people.CadreRank;
import org.bastion.people.EducationLevel;
import org.bastion.people.Ethnicities;
import org.bastion.people.PartyStatus;
import org.bastion.people.PersonData;
import org.bastion.people.PersonTag;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The person spreadsheet: its columns, and a row read into a {@link PersonData} or written from a view. */
@Component
public class PersonSheet {

	static final String NAME = "姓名";
	static final String GENDER = "性别";
	static final String ETHNICITY = "民族";
	static final String BIRTH_DATE = "出生日期";
	static final String ID_NUMBER = "居民身份证号";
	static final String MOBILE = "手机号";
	static final String EDUCATION = "学历";
	static final String DIVISION = "户籍区划代码";
	static final String ORGANIZATION = "党组织";
	/** The column's earlier name, still read from templates downloaded before (ids only then). */
	static final String ORGANIZATION_BEFORE = "党组织编号";
	static final String JOINED = "入党日期";
	static final String PARTY_STATUS = "党员状态";
	static final String CADRE_RANK = "干部职级";
	static final String WORKPLACE = "工作单位";
	static final String DEPARTMENT_KIND = "单位类别";
	static final String TAGS = "身份标签";
	static final String SEPARATORS = "[、,，;；\\s]+";

	/** The column each field of {@link PersonData} is read from, for naming faults. */
	static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("name", NAME), Map.entry("gender", GENDER),
			Map.entry("ethnicity", ETHNICITY), Map.entry("birthDate", BIRTH_DATE), Map.entry("idNumber", ID_NUMBER),
			Map.entry("mobile", MOBILE), Map.entry("education", EDUCATION), Map.entry("householdDivisionCode", DIVISION),
			Map.entry("organizationId", ORGANIZATION), Map.entry("joinedPartyOn", JOINED),
			Map.entry("partyStatus", PARTY_STATUS), Map.entry("cadreRank", CADRE_RANK), Map.entry("workplace", WORKPLACE),
			Map.entry("departmentKind", DEPARTMENT_KIND), Map.entry("tags", TAGS));

	final Map<String, Gender> genders;
	final Map<String, EducationLevel> educations;
	final Map<String, PartyStatus> partyStatuses;
	final Map<String, CadreRank> cadreRanks;
	final Map<String, DepartmentKind> departmentKinds;
	final Map<String, PersonTag> tags;
	private final MessageSource messages;
	private final Organizations organizations;
	private final List<XlsxColumn> columns;

	PersonSheet(MessageSource messages, Organizations organizations) {
		this.messages = messages;
		this.organizations = organizations;
		genders = Labels.byLabel(messages, "gender.", Gender.class);
		educations = Labels.byLabel(messages, "education.", EducationLevel.class);
		partyStatuses = Labels.byLabel(messages, "partyStatus.", PartyStatus.class);
		cadreRanks = Labels.byLabel(messages, "cadreRank.", CadreRank.class);
		departmentKinds = Labels.byLabel(messages, "departmentKind.", DepartmentKind.class);
		tags = Labels.byLabel(messages, "tag.", PersonTag.class);
		columns = List.of(XlsxColumn.text(NAME).required().note("不超过 50 字"),
				XlsxColumn.text(GENDER).required().oneOf(genders.keySet()),
				XlsxColumn.text(ETHNICITY).required().oneOf(Ethnicities.ALL).note("民族全称，如 汉族、畲族"),
				XlsxColumn.date(BIRTH_DATE).required().note("须与身份证号一致，如 1990-03-14"),
				XlsxColumn.text(ID_NUMBER).required().width(22).note("18 位，末位可为 X"),
				XlsxColumn.text(MOBILE).width(14).note("11 位手机号，可不填"),
				XlsxColumn.text(EDUCATION).oneOf(educations.keySet()),
				XlsxColumn.text(DIVISION).required().width(16).note("12 位村（居）委会代码，如 350424100201"),
				XlsxColumn.text(ORGANIZATION).width(30)
					.note("党员填写所在党组织的全称，重名时写路径，如 中共宁化县委员会/中共宁化县安乐镇委员会/…；也可填编号。非党员不填"),
				XlsxColumn.date(JOINED).note("党员填写"),
				XlsxColumn.text(PARTY_STATUS).oneOf(partyStatuses.keySet()).note("党员填写：正式党员/预备党员"),
				XlsxColumn.text(CADRE_RANK).oneOf(cadreRanks.keySet()),
				XlsxColumn.text(WORKPLACE).width(20),
				XlsxColumn.text(DEPARTMENT_KIND).oneOf(departmentKinds.keySet()),
				XlsxColumn.text(TAGS).width(24).note("可填多个，用顿号分隔：" + String.join("、", tags.keySet())));
	}

	public List<XlsxColumn> columns() {
		return columns;
	}

	/** What an upload is read with: the template's columns and the organization column's earlier name. */
	List<XlsxColumn> readColumns() {
		List<XlsxColumn> read = new ArrayList<>(columns);
		read.add(XlsxColumn.text(ORGANIZATION_BEFORE));
		return read;
	}

	/** The export's columns: the template's, led by the person's number. */
	public List<XlsxColumn> exportColumns() {
		List<XlsxColumn> export = new ArrayList<>();
		export.add(XlsxColumn.number("编号"));
		export.addAll(columns);
		return export;
	}

	/**
	 * A row as a person; the organization named by id, full name or path in the importer's scope, each text
	 * looked up once per upload ({@code seen}).
	 */
	PersonData read(RowValues row, Map<String, OrganizationReference> seen) {
		Long organizationId = null;
		String column = row.text(ORGANIZATION) != null || row.text(ORGANIZATION_BEFORE) == null ? ORGANIZATION : ORGANIZATION_BEFORE;
		String organization = row.text(column);
		if (organization != null) {
			OrganizationReference named = seen.computeIfAbsent(organization.strip(), organizations::resolve);
			if (named.found()) {
				organizationId = named.id();
			}
			else if (named.ambiguous()) {
				row.problem(column, "有 " + named.candidates().size() + " 个党组织名为“" + organization.strip()
						+ "”，请写明路径（用 / 分隔），如：" + String.join("；", named.candidates()));
			}
			else {
				row.problem(column, "找不到党组织“" + organization.strip() + "”（或不在您的数据范围内），请填写全称、路径或编号");
			}
		}
		Set<PersonTag> chosen = EnumSet.noneOf(PersonTag.class);
		String tagText = row.text(TAGS);
		if (tagText != null) {
			for (String label : tagText.split(SEPARATORS)) {
				PersonTag tag = tags.get(label);
				if (tag == null) {
					row.problem(TAGS, "“" + label + "”不是身份标签，应为：" + String.join("、", tags.keySet()));
				}
				else {
					chosen.add(tag);
				}
			}
		}
		return new PersonData(row.text(NAME), row.oneOf(GENDER, genders), row.text(ETHNICITY), row.date(BIRTH_DATE),
				row.text(ID_NUMBER), row.text(MOBILE), row.oneOf(EDUCATION, educations), row.text(DIVISION),
				organizationId, row.date(JOINED), row.oneOf(PARTY_STATUS, partyStatuses), row.oneOf(CADRE_RANK, cadreRanks),
				row.text(WORKPLACE), row.oneOf(DEPARTMENT_KIND, departmentKinds), chosen);
	}

	/** An export row: the ID number and phone masked, as everywhere outside the module. */
	List<Object> write(org.bastion.people.PersonView p) {
		List<Object> cells = new ArrayList<>();
		cells.add(p.id());
		cells.add(p.name());
		cells.add(Labels.label(messages, "gender.", p.gender()));
		cells.add(p.ethnicity());
		cells.add(p.birthDate());
		cells.add(p.maskedIdNumber());
		cells.add(p.maskedMobile());
		cells.add(Labels.label(messages, "education.", p.education()));
		cells.add(p.householdDivisionCode());
		cells.add(p.organizationId() == null ? null : p.organizationId().toString());
		cells.add(p.joinedPartyOn());
		cells.add(Labels.label(messages, "partyStatus.", p.partyStatus()));
		cells.add(Labels.label(messages, "cadreRank.", p.cadreRank()));
		cells.add(p.workplace());
		cells.add(Labels.label(messages, "departmentKind.", p.departmentKind()));
		cells.add(p.tags().stream().sorted().map(t -> Labels.label(messages, "tag.", t)).collect(Collectors.joining("、")));
		return cells;
	}
}
