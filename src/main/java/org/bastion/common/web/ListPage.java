package org.bastion.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.bastion.common.PageResult;

/**
 * What a list page's pager shows (the {@code fragments/list :: pager} fragment): the total, the page
 * numbers — the first, the last and two either side of the current one, a gap for the rest — and
 * previous and next. Every link comes from the page's own URL function, so each keeps the current filters.
 *
 * @param number the current page, counted from 1
 * @param pages how many pages there are, at least 1
 */
public record ListPage(long total, int number, int pages, List<PageLink> links, String previous, String next) {

	private static final int AROUND = 2;

	/** A page number with its link, or a gap ({@code number} null) between numbers not shown. */
	public record PageLink(Integer number, String url, boolean current) {

		public boolean gap() {
			return number == null;
		}
	}

	/** @param pageUrl the list's URL with the current filters for a zero-based page */
	public static ListPage of(PageResult<?> result, IntFunction<String> pageUrl) {
		int pages = Math.max(result.totalPages(), 1);
		int current = Math.min(result.page(), pages - 1);
		List<PageLink> links = new ArrayList<>();
		for (int p = 0; p < pages; p++) {
			boolean shown = p == 0 || p == pages - 1 || Math.abs(p - current) <= AROUND;
			if (shown) {
				links.add(new PageLink(p + 1, pageUrl.apply(p), p == current));
			}
			else if (!links.isEmpty() && !links.get(links.size() - 1).gap()) {
				links.add(new PageLink(null, null, false));
			}
		}
		return new ListPage(result.total(), current + 1, pages, List.copyOf(links),
				result.hasPrevious() ? pageUrl.apply(result.page() - 1) : null,
				result.hasNext() ? pageUrl.apply(result.page() + 1) : null);
	}
}
