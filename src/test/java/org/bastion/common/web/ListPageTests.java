package org.bastion.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.bastion.common.PageResult;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ListPageTests {

	private static ListPage page(int page, long total) {
		return ListPage.of(new PageResult<>(List.of(), page, 20, total), p -> "/people?q=%E5%90%B4&page=" + p);
	}

	private static List<String> numbers(ListPage list) {
		return list.links().stream().map(l -> l.gap() ? "…" : l.current() ? "[" + l.number() + "]" : "" + l.number()).toList();
	}

	@Test
	void aLongListShowsTheFirstTheLastAndTwoPagesEitherSideOfTheCurrentOne() {
		assertThat(numbers(page(9, 400))).containsExactly("1", "…", "8", "9", "[10]", "11", "12", "…", "20");
		assertThat(numbers(page(0, 400))).containsExactly("[1]", "2", "3", "…", "20");
	}

	@Test
	void everyPageLinkIsThePagesOwnUrlWithItsFilters() {
		ListPage list = page(1, 45);
		assertThat(list.links()).extracting(ListPage.PageLink::url)
			.containsExactly("/people?q=%E5%90%B4&page=0", "/people?q=%E5%90%B4&page=1", "/people?q=%E5%90%B4&page=2");
		assertThat(list.previous()).isEqualTo("/people?q=%E5%90%B4&page=0");
		assertThat(list.next()).isEqualTo("/people?q=%E5%90%B4&page=2");
		assertThat(list.number()).isEqualTo(2);
		assertThat(list.pages()).isEqualTo(3);
	}

	@Test
	void anEmptyListIsOnePageWithNeitherPreviousNorNext() {
		ListPage list = page(0, 0);
		assertThat(numbers(list)).containsExactly("[1]");
		assertThat(list.previous()).isNull();
		assertThat(list.next()).isNull();
	}

	@Test
	void countsAndMoneyHaveThousandsSeparators() {
		Numbers numbers = new Numbers(new StaticMessageSource());
		assertThat(numbers.count(4614)).isEqualTo("4,614");
		assertThat(numbers.count(1_400L)).isEqualTo("1,400");
		assertThat(numbers.money(new BigDecimal("1400000"))).isEqualTo("1,400,000.00 元");
		assertThat(numbers.money(new BigDecimal("0.005"))).isEqualTo("0.01 元");
		assertThat(numbers.count(null)).isEmpty();
	}
}
