package org.bastion.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Excel exports, small and big, the same way in every module (导出). An export of up to
 * {@code bastion.export.long-work-rows} rows (default 2000) is written straight to the response; a
 * bigger one is long work: a GET shows how many rows it has and offers to make the file in the
 * background, the POST of that offer (to the same address, with the same filters) starts it and
 * returns at once to its progress page, and the finished file is kept for its owner only
 * ({@code GET /work/{id}/file}) for {@code bastion.export.keep-days} days (default 3).
 * The handler answers both methods and returns what this returns:
 *
 * <pre>
 * &#64;RequestMapping(path = "/people/export.xlsx", method = {GET, POST})
 * String export(PersonFilter filter, HttpServletRequest request, HttpServletResponse response) throws IOException {
 *     return fileExports.answer(new FileExport("people.export.persons", "人员.xlsx", exports.count(query),
 *             (out, rows) -&gt; exports.write(query, out, rows)), request, response);
 * }
 * </pre>
 */
public interface FileExports {

	/**
	 * Writes a small export to the response and returns null (the response is complete); for a big one
	 * returns the view to answer with: the offer page after a GET, the redirect to the work's progress
	 * page after a POST.
	 */
	String answer(FileExport export, HttpServletRequest request, HttpServletResponse response) throws IOException;

	/** The work's file as its owner downloads it: {@code /work/{id}/file}. */
	static String fileLink(long workId) {
		return "/work/" + workId + "/file";
	}
}
