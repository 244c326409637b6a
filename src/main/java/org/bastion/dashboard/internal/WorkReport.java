package org.bastion.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A work report (工作简报) as its writers lay it out: a title, who issues it and when (the day as the county
 * clock shows it), for which part of the tree and which period, then a section per program with its
 * sentences (the figures already filled in) and the figures behind them. {@code scopeId} is the organization
 * the report is for (-1 when there is no indicator to read it from).
 */
public record WorkReport(String title, String issuer, String issuedOn, long scopeId, String scopeName,
		String periodText, LocalDate from, LocalDate to, List<Section> sections) {

	public WorkReport {
		sections = List.copyOf(sections);
	}

	/** 「一、结对帮扶」: a program's heading, its sentences (filled, without closing punctuation) and its figures. */
	public record Section(int number, String title, List<String> sentences, List<Figure> figures) {

		public Section {
			sentences = List.copyOf(sentences);
			figures = List.copyOf(figures);
		}

		public String heading() {
			return ChineseNumerals.heading(number, title);
		}

		/** The sentences as one paragraph: joined with 「，」 and closed with 「。」. */
		public String paragraph() {
			return sentences.isEmpty() ? "" : String.join("，", sentences) + "。";
		}
	}

	/**
	 * One figure: its code and name, the number (null = no data) and how it reads (「4,614」, 「93.10」, 「—」),
	 * its unit in words (户, 元, %) and its definition sentence.
	 */
	public record Figure(String code, String name, BigDecimal number, String text, String unit, String definition) {
	}

	/** Every figure of the report, section by section. */
	public List<Figure> figures() {
		return sections.stream().flatMap(s -> s.figures().stream()).toList();
	}
}
