package org.bastion.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bastion.common.excel.Workbooks.COLUMNS;
import static org.bastion.common.excel.Workbooks.read;
import static org.bastion.common.excel.Workbooks.row;
import static org.bastion.common.excel.Workbooks.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTests {

	@Test
	void keepsEighteenDigitIdNumbersAsText() throws IOException {
		var read = read(xlsx(List.of(row("姓名", "身份证号"), row("张三", "350424199001011234"))));

		assertThat(read.rows()).singleElement().satisfies(r -> assertThat(r.text("身份证号")).isEqualTo("350424199001011234"));
	}

	@Test
	void readsNumericCellsWithoutDecimalPointOrExponent() throws IOException {
		var columns = List.of(XlsxColumn.text("手机号"), XlsxColumn.number("年龄"), XlsxColumn.number("金额"));
		var read = read(XlsxReader.of(columns), xlsx(List.of(row("手机号", "年龄", "金额"), row(13800138000L, 36, 0.1 + 0.2))));

		RowValues values = read.rows().get(0);
		assertThat(List.of(values.text("手机号"), values.text("年龄"), values.text("金额")))
				.containsExactly("13800138000", "36", "0.3");
	}

	@Test
	void readsDateCellsAsIsoDates() throws IOException {
		var read = read(xlsx(List.of(row("姓名", "身份证号", "出生日期"),
				row("张三", "350424199001011234", LocalDate.of(1990, 1, 1)))));

		assertThat(read.rows().get(0).text("出生日期")).isEqualTo("1990-01-01");
	}

	@Test
	void findsColumnsByHeaderWhateverTheirOrder() throws IOException {
		var read = read(xlsx(List.of(row("学历", "身份证号", "备注", "姓名"), row("研究生", "35042419900101123X", "无", "李四"))));

		RowValues values = read.rows().get(0);
		assertThat(List.of(values.text("姓名"), values.text("身份证号"), values.text("学历")))
				.containsExactly("李四", "35042419900101123X", "研究生");
	}

	@Test
	void toleratesSpacesAndRequiredMarksAroundHeaders() throws IOException {
		var read = read(xlsx(List.of(row(" 姓 名* ", "＊身份证号\n"), row("张三", "350424199001011234"))));

		assertThat(read.report().isValid()).isTrue();
		assertThat(read.rows()).hasSize(1);
	}

	@Test
	void ignoresTitleRowsAboveTheHeader() throws IOException {
		var read = read(xlsx(List.of(row("宁化县党员信息导入表"), row(), row("姓名", "身份证号"), row("张三", "350424199001011234"))));

		assertThat(read.rows()).extracting(RowValues::row).containsExactly(4);
	}

	@Test
	void skipsTheTemplateNotesRow() throws IOException {
		var read = read(xlsx(List.of(row("姓名*", "身份证号*", "出生日期", "学历"),
				row("", "18位，末位可为X", "如 2024-01-05", "初中及以下/普通高中/大学本科/研究生"),
				row("张三", "350424199001011234"))));

		assertThat(read.rows()).extracting(RowValues::row).containsExactly(3);
	}

	@Test
	void skipsRowsThatStartWithAnExplanationMarker() throws IOException {
		var read = read(xlsx(List.of(row("姓名", "身份证号"), row("说明：带*的列必填"), row("张三", "350424199001011234"),
				row("注：身份证号请填写18位"))));

		assertThat(read.rows()).extracting(RowValues::row).containsExactly(3);
	}

	@Test
	void skipsBlankRowsAndKeepsExcelRowNumbers() throws IOException {
		var read = read(xlsx(List.of(row("姓名", "身份证号"), row("张三", "350424199001011234"), row(), row("  ", "\u3000"),
				row("李四", "35042419900101123X"))));

		assertThat(read.rows()).extracting(RowValues::row).containsExactly(2, 5);
		assertThat(read.report().dataRows()).isEqualTo(2);
	}

	@Test
	void refusesAFileMissingARequiredColumn() throws IOException {
		var read = read(xlsx(List.of(row("姓名", "出生日期"), row("张三", "1990-01-01"))));

		assertThat(read.report().problems()).containsExactly(new ImportProblem(0, "身份证号", "缺少必填列"));
		assertThat(read.rows()).isEmpty();
	}

	@Test
	void refusesAFileWithoutAnyKnownHeaderNamingTheExpectedOnes() throws IOException {
		var read = read(xlsx(List.of(row("a", "b"), row("1", "2"))));

		assertThat(read.report().problems()).first()
				.extracting(ImportProblem::reason).isEqualTo("未找到表头行，表头应为：姓名、身份证号、出生日期、学历");
	}

	@Test
	void reportsABadDateWithItsRowNumberAndColumnHeader() throws IOException {
		var report = XlsxReader.of(COLUMNS)
				.read(Workbooks.in(xlsx(List.of(row("姓名", "身份证号", "出生日期"), row("张三", "350424199001011234", "1990-01-01"),
						row("李四", "35042419900101123X", "1990年13月1日")))), r -> r.date("出生日期"));

		assertThat(report.problems()).containsExactly(new ImportProblem(3, "出生日期", "日期不存在"));
	}

	@Test
	void refusesMoreDataRowsThanTheMaximum() throws IOException {
		List<List<Object>> rows = new ArrayList<>(List.of(row("姓名", "身份证号")));
		for (int i = 0; i < 4; i++) {
			rows.add(row("张" + i, "350424199001011234"));
		}

		var read = read(XlsxReader.of(COLUMNS).maxRows(3), xlsx(rows));

		assertThat(read.report().problems()).extracting(ImportProblem::describe).containsExactly("文件：数据超过 3 行，请分批导入");
	}

	@Test
	void refusesAnUploadLargerThanTheMaximumSize() throws IOException {
		var read = read(XlsxReader.of(COLUMNS).maxBytes(100), xlsx(List.of(row("姓名", "身份证号"))));

		assertThat(read.report().isFileRejected()).isTrue();
	}

	@Test
	void refusesOldXlsFilesWithAHintToSaveAsXlsx() throws IOException {
		byte[] xls;
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
			xls = out.toByteArray();
		}

		var read = read(xls);

		assertThat(read.report().problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("另存为"));
	}

	@Test
	void refusesFilesThatAreNotExcel() throws IOException {
		var read = read("姓名,身份证号\n张三,350424199001011234\n".getBytes(StandardCharsets.UTF_8));

		assertThat(read.report().problems()).extracting(ImportProblem::reason).containsExactly("不是 Excel (.xlsx) 文件");
	}

	@Test
	void refusesACorruptXlsx() throws IOException {
		byte[] file = xlsx(List.of(row("姓名", "身份证号")));
		byte[] truncated = java.util.Arrays.copyOf(file, file.length / 2);

		var read = read(truncated);

		assertThat(read.report().isFileRejected()).isTrue();
	}

	@Test
	void letsTheConsumersExceptionsThrough() {
		byte[] file = xlsx(List.of(row("姓名", "身份证号"), row("张三", "350424199001011234")));

		assertThatThrownBy(() -> XlsxReader.of(COLUMNS).read(Workbooks.in(file), r -> {
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class).hasMessage("boom");
	}
}
