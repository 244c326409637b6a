package org.bastion.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A list's total is counted once for the requests of the next seconds, and again after any change. */
class ListCountsTests {

	private final ListCounts counts = new ListCounts();
	private final AtomicLong counted = new AtomicLong();

	@Test
	void theSameCountIsCountedOnce() {
		assertThat(counts.count("q", this::count)).isEqualTo(1);
		assertThat(counts.count("q", this::count)).isEqualTo(1);
		assertThat(counted).hasValue(1);
	}

	@Test
	void aChangeCountsAgain() {
		counts.count("q", this::count);
		counts.changed();

		assertThat(counts.count("q", this::count)).isEqualTo(2);
	}

	@Test
	void anotherStatementOrScopeIsAnotherCount() {
		counts.count("select count(*) from person p where (p.household_division_code like [350424107%])", this::count);

		assertThat(counts.count("select count(*) from person p where (p.household_division_code like [350424100%])",
				this::count)).isEqualTo(2);
	}

	private long count() {
		return counted.incrementAndGet();
	}
}
