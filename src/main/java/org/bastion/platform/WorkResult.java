package org.bastion.platform;

/**
 * What a finished long work leaves for its owner.
 *
 * @param link the page that shows the result, e.g. {@code /pairings/run/12}
 * @param summary one line for the list of work, e.g. {@code 读取 1,200 行，写入 1,200 人}
 * @param data what the result page needs to show it again, e.g. an import report as JSON; may be null
 */
public record WorkResult(String link, String summary, String data) {

	public static WorkResult of(String link, String summary) {
		return new WorkResult(link, summary, null);
	}
}
