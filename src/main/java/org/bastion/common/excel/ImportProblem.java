package org.bastion.common.excel;

/**
 * Something wrong in an uploaded file, told in Chinese for the clerk who must fix it.
 *
 * @param row the 1-based Excel row number, or {@value #FILE} when the whole file is refused
 * @param column the column header, or {@code null} when the problem is not in one column
 * @param reason what is wrong, in Chinese, e.g. {@code 必填} or {@code 身份证号校验位错误}
 */
public record ImportProblem(int row, String column, String reason) {

	/** The row number of a problem with the whole file, such as a missing column. */
	public static final int FILE = 0;

	public ImportProblem {
		if (row < 0) {
			throw new IllegalArgumentException("row must be 0 (file) or an Excel row number");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a problem needs a reason");
		}
	}

	public boolean isFileLevel() {
		return row == FILE;
	}

	/** One line for the clerk: {@code 第 5 行「出生日期」：日期格式应为 2024-01-05}. */
	public String describe() {
		String where = isFileLevel() ? "文件" : "第 " + row + " 行";
		return column == null ? where + "：" + reason : where + "「" + column + "」：" + reason;
	}
}
