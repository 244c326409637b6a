package org.bastion.common;

/** A requested page, clamped to sane bounds so that no request can ask for the whole table. */
public record PageRequest(int page, int size) {

	public PageRequest {
		page = Math.max(page, 0);
		size = size <= 0 ? PageResult.DEFAULT_SIZE : Math.min(size, PageResult.MAX_SIZE);
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? PageResult.DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
