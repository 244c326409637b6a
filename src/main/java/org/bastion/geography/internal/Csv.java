package org.bastion.geography.internal;

import java.util.ArrayList;
import java.util.List;

/** The little CSV the NBS files use: comma-separated, names in double quotes, "" for a quote. */
final class Csv {

	private Csv() {
	}

	static List<String> split(String line) {
		List<String> cells = new ArrayList<>(6);
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
