/**
 * Excel (.xlsx) import and export for clerks who work in Excel or WPS.
 * <p>
 * Declare the columns once as {@link org.bastion.common.excel.XlsxColumn}s and use the same list to
 * write the blank template ({@link org.bastion.common.excel.XlsxTemplate}), to stream an export
 * ({@link org.bastion.common.excel.XlsxExportWriter}) and to read an upload back
 * ({@link org.bastion.common.excel.XlsxReader}), which yields {@link org.bastion.common.excel.RowValues}
 * and collects {@link org.bastion.common.excel.ImportProblem}s in an
 * {@link org.bastion.common.excel.ImportReport}.
 */
package org.bastion.common.excel;
