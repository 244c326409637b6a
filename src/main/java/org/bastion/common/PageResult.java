package org.bastion.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total count of everything that matched.
 *
 * @param page zero-based page number
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	/** The requested page of a short list held whole in memory (a few dozen users, one's recent work). */
	public static <T> PageResult<T> of(List<T> all, PageRequest request) {
		List<T> items = all.stream().skip(request.offset()).limit(request.size()).toList();
		return new PageResult<>(items, request.page(), request.size(), all.size());
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
