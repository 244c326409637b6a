package org.bastion.people.internal;

import java.util.List;
import java.util.Map;

import org.bastion.common.excel.XlsxColumn;
import org.bastion.people.HouseholdRelation;
import org.bastion.people.HouseholdStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The household spreadsheet: one row per person, the head and each member, grouped into
 * households by the household number, as the national poverty-alleviation system exports them.
 */
@Component
public class HouseholdSheet {

	static final String NUMBER = "户编号";
	static final String VILLAGE = "所在村区划代码";
	static final String ID_NUMBER = "居民身份证号";
	static final String RELATION = "与户主关系";
	static final String STATUS = "状态";
	static final String EXIT_YEAR = "脱贫年份";
	static final String HEAD = "户主";

	static final Map<String, String> COLUMN_OF_FIELD = Map.of("householdNumber", NUMBER, "villageCode", VILLAGE,
			"status", STATUS, "exitYear", EXIT_YEAR, "headId", ID_NUMBER);

	final Map<String, HouseholdRelation> relations;
	final Map<String, HouseholdStatus> statuses;
	private final List<XlsxColumn> columns;

	HouseholdSheet(MessageSource messages) {
		relations = Labels.byLabel(messages, "relation.", HouseholdRelation.class);
		statuses = Labels.byLabel(messages, "household.status.", HouseholdStatus.class);
		List<String> relationChoices = new java.util.ArrayList<>();
		relationChoices.add(HEAD);
		relationChoices.addAll(relations.keySet());
		columns = List.of(XlsxColumn.text(NUMBER).required().width(16).note("同一户的各行填相同的户编号"),
				XlsxColumn.text(VILLAGE).required().width(16).note("12 位村（居）委会代码，以户主行为准"),
				XlsxColumn.text(ID_NUMBER).required().width(22).note("户主及每位成员各占一行；人员须已登记"),
				XlsxColumn.text(RELATION).required().oneOf(relationChoices),
				XlsxColumn.text(STATUS).required().oneOf(statuses.keySet()),
				XlsxColumn.number(EXIT_YEAR).note("已脱贫的户填写，2014 年至今"));
	}

	public List<XlsxColumn> columns() {
		return columns;
	}

	public List<XlsxColumn> exportColumns() {
		return List.of(XlsxColumn.text(NUMBER), XlsxColumn.text(VILLAGE), XlsxColumn.text("所在村"), XlsxColumn.text(HEAD),
				XlsxColumn.text("户主身份证号"), XlsxColumn.number("人口"), XlsxColumn.text(STATUS), XlsxColumn.number(EXIT_YEAR));
	}
}
