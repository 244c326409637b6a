package org.bastion.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.common.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowValuesTests {

	private static final List<XlsxColumn> COLUMNS = List.of(XlsxColumn.text("姓名").required(), XlsxColumn.text("备注"),
			XlsxColumn.date("出生日期"), XlsxColumn.number("年龄"), XlsxColumn.text("性别").oneOf("男", "女"));

	private final ImportReport report = new ImportReport();

	@ParameterizedTest
	@ValueSource(strings = { "2024-01-05", "2024/1/5", "2024.1.5", "20240105", "2024年1月5日", "2024-01-05 00:00:00" })
	void acceptsTheDateSpellingsClerksUse(String text) {
		assertThat(row("出生日期", text).date("出生日期")).isEqualTo(LocalDate.of(2024, 1, 5));
		assertThat(report.isValid()).isTrue();
	}

	@Test
	void reportsAnUnreadableDateWithRowAndColumn() {
		assertThat(row("出生日期", "1月5日").date("出生日期")).isNull();

		assertThat(report.problems()).containsExactly(new ImportProblem(7, "出生日期", "日期格式应为 2024-01-05"));
	}

	@Test
	void reportsADateThatDoesNotExist() {
		row("出生日期", "2023-02-29").date("出生日期");

		assertThat(report.problems()).extracting(ImportProblem::reason).containsExactly("日期不存在");
	}

	@Test
	void reportsABlankRequiredCellOnce() {
		RowValues values = row("备注", "x");
		values.text("姓名");
		values.requiredText("姓名");

		assertThat(report.problems()).containsExactly(new ImportProblem(7, "姓名", "必填"));
	}

	@Test
	void requiredTextMakesAnOptionalColumnRequiredForThisRow() {
		assertThat(row("姓名", "张三").requiredText("备注")).isNull();

		assertThat(report.problems()).containsExactly(new ImportProblem(7, "备注", "必填"));
	}

	@Test
	void readsBlankOptionalCellsAsNullWithoutProblems() {
		RowValues values = row("姓名", "张三");

		assertThat(values.text("备注")).isNull();
		assertThat(values.date("出生日期")).isNull();
		assertThat(values.integer("年龄")).isNull();
		assertThat(report.isValid()).isTrue();
	}

	@Test
	void readsWholeNumbers() {
		assertThat(row("年龄", "36").integer("年龄")).isEqualTo(36);
	}

	@Test
	void refusesFractionsWhereAWholeNumberIsExpected() {
		row("年龄", "36.5").integer("年龄");

		assertThat(report.problems()).extracting(ImportProblem::reason).containsExactly("应为整数");
	}

	@Test
	void mapsChineseLabelsToValues() {
		assertThat(row("性别", "女").oneOf("性别", genders())).isEqualTo(Gender.FEMALE);
	}

	@Test
	void reportsAnUnknownLabelListingTheAllowedOnes() {
		row("性别", "F").oneOf("性别", genders());

		assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly("第 7 行「性别」：应为以下之一：男/女");
	}

	@Test
	void letsTheImporterAddItsOwnProblems() {
		RowValues values = row("姓名", "张三");
		values.problem("姓名", "身份证号校验位错误");

		assertThat(values.hasProblems()).isTrue();
	}

	@Test
	void refusesToReadAColumnThatWasNeverDeclared() {
		assertThatThrownBy(() -> row("姓名", "张三").text("籍贯")).isInstanceOf(IllegalArgumentException.class);
	}

	private RowValues row(String column, String value) {
		return new RowValues(7, Map.of(column, value), COLUMNS, report);
	}

	private static Map<String, Gender> genders() {
		Map<String, Gender> labels = new LinkedHashMap<>();
		labels.put("男", Gender.MALE);
		labels.put("女", Gender.FEMALE);
		return labels;
	}
}
